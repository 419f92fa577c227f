import type { BlockChange, DiffRow, RevisionDiff } from "@verbatim/contract";
import { diffWords } from "@verbatim/core";
import type { Db } from "../../db/database.ts";
import { AppError, notFound } from "../../http/app-error.ts";
import { currentBlocks, findStatement } from "../statements/find-statement.ts";

interface DiffBlock {
  id: string;
  kind: "paragraph" | "heading";
  number: number | null;
  text: string;
}

/**
 * Each ID's fate between two revisions. Next to each other, it is what was stored when the later one landed (splits,
 * merges and moves included). Further apart, IDs tell it: an ID in both kept its text or was edited, an ID in one only
 * was inserted or deleted.
 */
function fatesBetween(older: readonly DiffBlock[], newer: readonly DiffBlock[], stored: BlockChange[] | null): Map<string, BlockChange> {
  if (stored) return new Map(stored.map((c) => [c.id, c]));
  const before = new Map(older.map((b) => [b.id, b]));
  const after = new Set(newer.map((b) => b.id));
  const fates = new Map<string, BlockChange>();
  for (const b of newer) {
    const old = before.get(b.id);
    fates.set(b.id, { id: b.id, kind: b.kind, fate: !old ? "inserted" : old.text === b.text ? "unchanged" : "edited" });
  }
  for (const b of older) if (!after.has(b.id)) fates.set(b.id, { id: b.id, kind: b.kind, fate: "deleted" });
  return fates;
}

/**
 * The rows of a side-by-side view: the newer revision in reading order, each block retired since shown after the
 * row of the block that preceded it in the older one.
 */
export function diffRows(older: readonly DiffBlock[], newer: readonly DiffBlock[], stored: BlockChange[] | null): DiffRow[] {
  const fates = fatesBetween(older, newer, stored);
  const before = new Map(older.map((b) => [b.id, b]));
  const inNewer = new Set(newer.map((b) => b.id));
  const row = (id: string, kind: DiffRow["kind"], was: DiffBlock | undefined, now: DiffBlock | undefined): DiffRow => {
    const change = fates.get(id) ?? { id, kind, fate: now && was ? "unchanged" : now ? "inserted" : "deleted" };
    const changedWords = was && now && was.text !== now.text;
    return {
      ...change,
      before: was ? { number: was.number, text: was.text } : null,
      after: now ? { number: now.number, text: now.text } : null,
      ...(changedWords ? { words: diffWords(was.text, now.text) } : {}),
    };
  };
  const rows = newer.map((b) => row(b.id, b.kind, before.get(b.id), b));
  const retiredAfter = new Map<string | null, DiffRow[]>();
  let anchor: string | null = null;
  for (const b of older) {
    if (inNewer.has(b.id)) anchor = b.id;
    else retiredAfter.set(anchor, [...(retiredAfter.get(anchor) ?? []), row(b.id, b.kind, b, undefined)]);
  }
  return [...(retiredAfter.get(null) ?? []), ...rows.flatMap((r) => [r, ...(retiredAfter.get(r.id) ?? [])])];
}

export async function revisionDiff(
  db: Db,
  opts: { workspaceId: string; idOrSlug: string; n: number; against?: number | undefined },
): Promise<RevisionDiff> {
  const statement = await findStatement(db, opts.workspaceId, opts.idOrSlug);
  const { n } = opts;
  const against = opts.against ?? n - 1;
  if (n > statement.currentRevision) throw notFound("revision");
  if (against < 1 || against >= n) {
    throw new AppError("validation_failed", "against must name an older revision than n", { n, against });
  }
  const [older, newer, stored] = await Promise.all([
    currentBlocks(db, statement, against),
    currentBlocks(db, statement, n),
    against === n - 1
      ? db.revision.findUnique({ where: { statementId_number: { statementId: statement.id, number: n } }, select: { changes: true } })
      : null,
  ]);
  const block = (p: (typeof older)[number]): DiffBlock => ({ id: p.canonicalId, kind: p.kind, number: p.number, text: p.text });
  return { from: against, to: n, rows: diffRows(older.map(block), newer.map(block), (stored?.changes as BlockChange[] | null) ?? null) };
}
