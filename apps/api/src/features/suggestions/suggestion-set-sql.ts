import { Uuid } from "@verbatim/contract";
import { DETECTOR_VERSION, type InstrumentEntry, type TextBlock } from "@verbatim/core";
import type { DbOrTx } from "../../db/in-transaction.ts";
import { Prisma } from "../../generated/prisma/client.ts";
import { notFound } from "../../http/app-error.ts";
import type { SuggestionSet } from "./suggestion-set.ts";

/** A statement as the detector reads it, with the key of its inputs and its cached set for them, if any. */
export interface SuggestionSource {
  id: string;
  slug: string;
  currentRevision: number;
  language: string | null;
  delegation: string | null;
  onBehalfOf: string | null;
  forum: string | null;
  /** What, besides the revision's text, the set depends on: the workspace's instruments and the statement's metadata. */
  inputKey: string;
  cached: SuggestionSet | null;
}

/**
 * `registry` and `keyed`: the statements `statements` selects (columns id, slug, current_revision, language,
 * delegation, on_behalf_of, forum), each with the key of the detector's inputs. The key hashes the registry's
 * instruments (only added to, never edited, yet hashed whole so an edit would count too) and the metadata the rules
 * read. One expression, so a statement's key is the same whether it is read alone or with the whole workspace.
 */
function keyedStatements(workspaceId: string, statements: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    registry AS (
      SELECT coalesce(string_agg(concat_ws(chr(1), key, name, array_to_string(short_names, chr(2)), symbol), chr(3) ORDER BY key), '') AS text
      FROM instruments WHERE workspace_id = ${workspaceId}::uuid
    ),
    keyed AS (
      SELECT s.*, md5(concat_ws(chr(4), ${String(DETECTOR_VERSION)}::text, registry.text, s.language, s.delegation, s.on_behalf_of, s.forum)) AS input_key
      FROM (${statements}) s, registry
    )`;
}

/** The set cached for a keyed statement `k` on its current revision and inputs: join it as `ss`. */
export const CURRENT_SET = Prisma.sql`suggestion_sets ss ON ss.statement_id = k.id AND ss.revision = k.current_revision AND ss.input_key = k.input_key`;

/** Every live statement of the workspace, keyed (keyedStatements), for queries over the whole corpus's sets. */
export const keyedWorkspace = (workspaceId: string): Prisma.Sql =>
  keyedStatements(
    workspaceId,
    Prisma.sql`SELECT id, slug, current_revision, language, delegation, on_behalf_of, forum FROM statements
      WHERE workspace_id = ${workspaceId}::uuid AND deleted_at IS NULL`,
  );

/**
 * A statement of the workspace by ID or slug, the key of the detector's inputs and the set cached for them on its
 * current revision, in one query. Another workspace's statements are not found.
 */
export async function readSuggestionSource(db: DbOrTx, at: { workspaceId: string; idOrSlug: string }): Promise<SuggestionSource> {
  const id = Uuid.safeParse(at.idOrSlug).success ? at.idOrSlug : null;
  const statement = Prisma.sql`
    SELECT id, slug, current_revision, language, delegation, on_behalf_of, forum FROM statements
    WHERE workspace_id = ${at.workspaceId}::uuid AND (slug = ${at.idOrSlug} OR id = ${id}::uuid) AND deleted_at IS NULL
    LIMIT 1`;
  const rows = await db.$queryRaw<
    {
      id: string;
      slug: string;
      current_revision: number;
      language: string | null;
      delegation: string | null;
      on_behalf_of: string | null;
      forum: string | null;
      input_key: string;
      items: SuggestionSet | null;
    }[]
  >`
    WITH ${keyedStatements(at.workspaceId, statement)}
    SELECT k.id::text AS id, k.slug, k.current_revision, k.language, k.delegation, k.on_behalf_of, k.forum, k.input_key, ss.items
    FROM keyed k LEFT JOIN ${CURRENT_SET}`;
  const r = rows[0];
  if (!r) throw notFound("statement");
  return {
    id: r.id,
    slug: r.slug,
    currentRevision: r.current_revision,
    language: r.language,
    delegation: r.delegation,
    onBehalfOf: r.on_behalf_of,
    forum: r.forum,
    inputKey: r.input_key,
    cached: r.items,
  };
}

/** One revision's blocks in reading order, as text. */
export function readRevisionBlocks(db: DbOrTx, at: { statementId: string; revision: number }): Promise<TextBlock[]> {
  return db.$queryRaw<TextBlock[]>`
    SELECT p.canonical_id AS id, p.text FROM paragraphs p JOIN revisions r ON r.id = p.revision_id
    WHERE r.statement_id = ${at.statementId}::uuid AND r.number = ${at.revision}
    ORDER BY p.position`;
}

/** What the detector reads of a statement: one revision's blocks, and the workspace's instruments. */
export async function readDetectorInput(
  db: DbOrTx,
  at: { workspaceId: string; statementId: string; revision: number },
): Promise<{ blocks: TextBlock[]; instruments: InstrumentEntry[] }> {
  const [blocks, instruments] = await Promise.all([
    readRevisionBlocks(db, at),
    db.$queryRaw<InstrumentEntry[]>`
      SELECT key, name, coalesce(short_names, '{}') AS "shortNames", symbol FROM instruments WHERE workspace_id = ${at.workspaceId}::uuid ORDER BY key`,
  ]);
  return { blocks, instruments };
}

/** The distinct targets a set's cross-reference suggestions cite, sorted: its `cited` column. */
function citedBy(set: SuggestionSet): string[] {
  const targets = new Set(set.items.flatMap((s) => (s.kind === "cross-reference" ? [s.attributes.target] : [])));
  return [...targets].sort();
}

/**
 * Keeps a computed set, and drops the statement's older ones (earlier revisions, other inputs): only the current set
 * is read. Two instances that computed the same set at once keep the first.
 */
export async function storeSuggestionSet(
  db: DbOrTx,
  at: { statementId: string; revision: number; inputKey: string },
  set: SuggestionSet,
): Promise<void> {
  await db.$executeRaw`
    WITH gone AS (
      DELETE FROM suggestion_sets
      WHERE statement_id = ${at.statementId}::uuid AND NOT (revision = ${at.revision} AND input_key = ${at.inputKey})
    )
    INSERT INTO suggestion_sets (statement_id, revision, input_key, items, cited)
    VALUES (${at.statementId}::uuid, ${at.revision}, ${at.inputKey}, ${JSON.stringify(set)}::jsonb, ${citedBy(set)}::text[])
    ON CONFLICT DO NOTHING`;
}

/** The statement's current revision, share-locked for the rest of the transaction: a revision being stored holds the row. */
export async function lockedRevision(tx: Prisma.TransactionClient, statementId: string): Promise<number> {
  const rows = await tx.$queryRaw<{ current_revision: number }[]>`
    SELECT current_revision FROM statements WHERE id = ${statementId}::uuid FOR SHARE`;
  return rows[0]?.current_revision ?? 0;
}
