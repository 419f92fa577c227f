import type { BlockChange, CanonicalBlock, IdCounters } from "@verbatim/core";
import type { AnchoringCounts } from "@verbatim/contract";
import type { Prisma } from "../../generated/prisma/client.ts";
import type { Actor } from "../../auth/actor.ts";
import { insertParagraphs } from "../statements/paragraphs-sql.ts";
import { writeStatementChange } from "../statements/write-statement-change.ts";
import type { AnchorUpdate } from "./anchor-updates.ts";

export interface NewRevision {
  statementId: string;
  number: number;
  format: string;
  source: string;
  /** The uploaded file the text was read from (import_files), or null for pasted text. */
  importFileId: string | null;
  note: string | null;
  importReport: object;
  changes: BlockChange[];
  anchoring: AnchoringCounts;
  fingerprint: number[];
  blocks: CanonicalBlock[];
  counters: IdCounters;
  author: Actor;
}

/** The statement's current revision and ID counters, its row locked until the transaction ends (revisions queue here). */
export async function lockStatement(tx: Prisma.TransactionClient, statementId: string) {
  const rows = await tx.$queryRaw<{ current_revision: number }[]>`
    SELECT current_revision FROM statements WHERE id = ${statementId}::uuid AND deleted_at IS NULL FOR UPDATE`;
  return rows[0] ?? null;
}

/** Stores the revision and its paragraphs, and makes it the statement's current one. */
export async function insertRevision(tx: Prisma.TransactionClient, r: NewRevision): Promise<{ id: string; createdAt: Date }> {
  const revision = await tx.revision.create({
    data: {
      statementId: r.statementId,
      number: r.number,
      format: r.format,
      source: r.source,
      importFileId: r.importFileId,
      note: r.note,
      importReport: r.importReport,
      changes: r.changes as unknown as object,
      anchoring: r.anchoring,
      fingerprint: r.fingerprint.map(BigInt),
      createdById: r.author.userId,
    },
    select: { id: true, createdAt: true },
  });
  await insertParagraphs(tx, { statementId: r.statementId, revisionId: revision.id }, r.blocks);
  const statement = await tx.statement.update({
    where: { id: r.statementId },
    data: { currentRevision: r.number, nextParagraphId: r.counters.nextParagraph, nextHeadingId: r.counters.nextHeading },
  });
  await writeStatementChange(tx, {
    actor: r.author,
    statement,
    action: "revised",
    fields: { before: { revision: r.number - 1 }, after: { revision: r.number, note: r.note } },
  });
  return revision;
}

/**
 * Moves every annotation to its place in the new revision in one statement, and writes a "reanchored" history entry
 * for each one a person would notice (annotations found at the same words only change the revision they are in). The
 * version is raised from the row's own, not set: an edit of labels that committed meanwhile keeps its increment.
 */
export async function writeAnchorUpdates(tx: Prisma.TransactionClient, updates: readonly AnchorUpdate[], actorId: string): Promise<void> {
  if (updates.length === 0) return;
  const rows = updates.map((u) => ({
    id: u.id,
    paragraph_id: u.target.paragraphId,
    start: u.target.start,
    end: u.target.end,
    end_paragraph_id: u.target.endParagraphId ?? null,
    exact: u.quote.exact,
    prefix: u.quote.prefix,
    suffix: u.quote.suffix,
    anchor_revision: u.anchorRevision,
    anchor_state: u.anchorState,
    previous_quote: u.previousQuote,
    changed: u.changed,
    before: u.changed ? u.before : null,
    after: u.changed ? u.after : null,
  }));
  await tx.$executeRaw`
    WITH r AS (
      SELECT * FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS r(id uuid, paragraph_id text, start int, "end" int,
        end_paragraph_id text, exact text, prefix text, suffix text, anchor_revision int, anchor_state text, previous_quote jsonb,
        changed boolean, before jsonb, after jsonb)
    ),
    moved AS (
      UPDATE annotations a SET paragraph_id = r.paragraph_id, start = r.start, "end" = r."end", end_paragraph_id = r.end_paragraph_id,
        exact = r.exact, prefix = r.prefix, suffix = r.suffix, anchor_revision = r.anchor_revision,
        anchor_state = r.anchor_state::"AnchorState", previous_quote = r.previous_quote,
        version = a.version + CASE WHEN r.changed THEN 1 ELSE 0 END,
        updated_at = CASE WHEN r.changed THEN now() ELSE a.updated_at END
      FROM r WHERE a.id = r.id
      RETURNING a.id, a.version
    )
    INSERT INTO annotation_changes (id, annotation_id, version, action, actor_id, before, after)
    SELECT gen_random_uuid(), moved.id, moved.version, 'reanchored', ${actorId}::uuid, r.before, r.after
    FROM moved JOIN r ON r.id = moved.id
    WHERE r.changed`;
}
