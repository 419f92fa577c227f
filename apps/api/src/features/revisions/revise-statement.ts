import type { AnchoringCounts, RevisionPreview } from "@verbatim/contract";
import type { Placement } from "@verbatim/core";
import type { Actor } from "../../auth/actor.ts";
import type { AppDeps } from "../../http/context.ts";
import { AppError } from "../../http/app-error.ts";
import { assertRevisionCurrent, findStatement } from "../statements/find-statement.ts";
import { type AnchorUpdate, anchoringCounts, anchorUpdate } from "./anchor-updates.ts";
import { keepImportFile } from "../statements/create-statement.ts";
import type { RevisionPlan, RevisionText } from "./plan-revision.ts";
import { type AnnotationAnchorRow, annotationAnchors, revisionBlocks } from "./revision-state-sql.ts";
import { insertRevision, lockStatement, writeAnchorUpdates } from "./revision-write-sql.ts";

/** A revision as the routes hand it over: its text (pasted or a file), its note, the revision it was read against. */
export type RevisionInput = RevisionText & { note?: string | null; baseRevision?: number };

/** A revision that met another landing first is planned again against it, this many times at most. */
const MAX_ATTEMPTS = 4;

/** Prisma's 5 s default, plus a millisecond a paragraph and a tenth of one an annotation: the writes grow with both. */
const transactionTimeout = (plan: RevisionPlan) => 5_000 + plan.blocks.length + Math.ceil(plan.placements.length / 10);

interface Planned {
  statementId: string;
  base: number;
  rows: AnnotationAnchorRow[];
  plan: RevisionPlan;
}

/** Reads the statement's current text and annotations and plans the revision on them in the work pool. */
async function planOn(deps: AppDeps, actor: Actor, idOrSlug: string, input: RevisionInput): Promise<Planned> {
  const statement = await findStatement(deps.db, actor.workspaceId, idOrSlug);
  assertRevisionCurrent(statement, input.baseRevision);
  const base = statement.currentRevision;
  const [previous, rows] = await Promise.all([revisionBlocks(deps.db, statement.id, base), annotationAnchors(deps.db, statement.id)]);
  const text: RevisionText = input.file ? { file: input.file } : { text: input.text };
  const plan = await deps.work.run("planRevision", {
    ...text,
    previous,
    counters: { nextParagraph: statement.nextParagraphId, nextHeading: statement.nextHeadingId },
    annotations: rows.map(({ id, target, quote }) => ({ id, target, quote })),
  });
  return { statementId: statement.id, base, rows, plan };
}

function updatesOf(rows: readonly AnnotationAnchorRow[], placements: readonly Placement[], revision: number): AnchorUpdate[] {
  return rows.map((row, i) => anchorUpdate(row, placements[i]!, revision));
}

/** What a revision would do, nothing stored. */
export async function previewRevision(deps: AppDeps, actor: Actor, idOrSlug: string, input: RevisionInput): Promise<RevisionPreview> {
  const { base, rows, plan } = await planOn(deps, actor, idOrSlug, input);
  return {
    number: base + 1,
    paragraphs: plan.blocks,
    dropped: plan.dropped,
    changes: plan.changes,
    anchoring: anchoringCounts(rows, plan.placements),
  };
}

/** Whether the annotations are still as they were planned on: none added, none edited since. */
const unchangedSince = (planned: readonly AnnotationAnchorRow[], now: readonly AnnotationAnchorRow[]) =>
  planned.length === now.length && planned.every((row, i) => row.id === now[i]!.id && row.version === now[i]!.version);

/**
 * Adds a revision. The plan is made outside the transaction, in the work pool; the transaction then locks the
 * statement (so revisions land one at a time) and its annotations, and stores the plan only if nothing it was made
 * on changed meanwhile. Otherwise it plans again on what is there now: two revisions sent at once both land, in
 * turn, unless the sender named the revision it had read (baseRevision), which then answers 409 revision_changed.
 */
export async function reviseStatement(deps: AppDeps, actor: Actor, idOrSlug: string, input: RevisionInput) {
  for (let attempt = 1; ; attempt++) {
    const planned = await planOn(deps, actor, idOrSlug, input);
    const stored = await store(deps, actor, input, planned);
    if (stored) return stored;
    if (attempt >= MAX_ATTEMPTS) {
      throw new AppError("revision_changed", "the statement kept changing while this revision was prepared; try again");
    }
  }
}

async function store(deps: AppDeps, actor: Actor, input: RevisionInput, planned: Planned) {
  const { statementId, base, rows, plan } = planned;
  const number = base + 1;
  return deps.db.$transaction(
    async (tx) => {
      const locked = await lockStatement(tx, statementId);
      if (!locked) throw new AppError("not_found", "statement not found");
      // Annotation writes that move a target share-lock the statement first (and new ones are checked against its
      // revision by a trigger): once it is locked here, what this plan was made on can only have changed before.
      if (locked.current_revision !== base || !unchangedSince(rows, await annotationAnchors(tx, statementId))) return null;
      const anchoring: AnchoringCounts = anchoringCounts(rows, plan.placements);
      const importFileId = input.file ? await keepImportFile(tx, actor, input.file) : null;
      const revision = await insertRevision(tx, {
        statementId,
        number,
        format: plan.kept.format,
        source: plan.kept.content,
        importFileId,
        note: input.note ?? null,
        importReport: { dropped: plan.dropped, metadata: plan.metadata, ...(plan.source ? { source: plan.source } : {}) },
        changes: plan.changes,
        anchoring,
        fingerprint: plan.fingerprint,
        blocks: plan.blocks,
        counters: plan.counters,
        author: actor,
      });
      await writeAnchorUpdates(tx, updatesOf(rows, plan.placements, number), actor.userId);
      return { number, createdAt: revision.createdAt, changes: plan.changes, anchoring };
    },
    { timeout: transactionTimeout(plan) },
  );
}
