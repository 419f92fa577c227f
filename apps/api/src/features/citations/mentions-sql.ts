import type { Suggestion } from "@verbatim/core";
import type { DbOrTx } from "../../db/in-transaction.ts";
import type { CoveringAnnotation } from "../suggestions/open-suggestions-sql.ts";
import { CURRENT_SET, keyedWorkspace } from "../suggestions/suggestion-set-sql.ts";
import type { CitingStatementColumns } from "./citing-references-sql.ts";

export interface MentionRow extends CitingStatementColumns {
  suggestion: Suggestion;
  /** The set's blocks in reading order (suggestion-set.ts), to tell what an annotation across blocks covers. */
  blocks: string[];
}

/** More than a page can show, as for annotated references (citing-references-sql.ts). */
export const MAX_MENTIONS = 2000;

/**
 * The cross-reference suggestions citing `key` in the workspace's live statements' current sets, by statement date
 * and place in the text. The sets are found through their `cited` index; those not computed yet are not searched.
 */
export function readMentions(db: DbOrTx, workspaceId: string, key: string): Promise<MentionRow[]> {
  return db.$queryRaw<MentionRow[]>`
    WITH ${keyedWorkspace(workspaceId)}
    SELECT x.m AS suggestion, s.id::text AS statement_id, s.slug, s.title, s.delegation, s.on_behalf_of, s.forum,
      s.meeting_symbol, s.date, p.number, ss.items->'blocks' AS blocks
    FROM keyed k
    JOIN ${CURRENT_SET} AND ss.cited @> ARRAY[${key}]::text[]
    CROSS JOIN LATERAL jsonb_path_query(ss.items, '$.items[*] ? (@.kind == "cross-reference" && @.attributes.target == $key)',
      jsonb_build_object('key', ${key}::text)) AS x(m)
    JOIN statements s ON s.id = k.id
    LEFT JOIN revisions r ON r.statement_id = s.id AND r.number = s.current_revision
    LEFT JOIN paragraphs p ON p.revision_id = r.id AND p.canonical_id = x.m->'target'->>'paragraphId'
    ORDER BY s.date ASC NULLS LAST, s.slug, p.position ASC NULLS LAST, (x.m->'target'->>'start')::int
    LIMIT ${MAX_MENTIONS}`;
}

/**
 * The live cross-references citing `key` placed in the current revision of each of `statementIds`: a mention one of
 * them covers is tagged already (open-suggestions.ts).
 */
export function readCoveringReferences(
  db: DbOrTx,
  at: { statementIds: readonly string[]; key: string },
): Promise<(CoveringAnnotation & { statement_id: string })[]> {
  if (at.statementIds.length === 0) return Promise.resolve([]);
  return db.$queryRaw<(CoveringAnnotation & { statement_id: string })[]>`
    SELECT a.statement_id::text AS statement_id, a.kind::text AS kind, a.paragraph_id, a.start, a."end", a.end_paragraph_id,
      a.attributes->>'target' AS target
    FROM annotations a JOIN statements s ON s.id = a.statement_id
    WHERE a.statement_id = ANY(${at.statementIds as string[]}::uuid[]) AND a.deleted_at IS NULL AND a.kind = 'cross-reference'
      AND lower(trim(a.attributes->>'target')) = lower(trim(${at.key}))
      AND a.anchor_revision = s.current_revision AND a.anchor_state <> 'orphaned'`;
}

/** The suggestions of `statementIds` that `userId` dismissed, as "statementId suggestionId" pairs. */
export async function readDismissedAcross(db: DbOrTx, at: { statementIds: readonly string[]; userId: string }): Promise<Set<string>> {
  if (at.statementIds.length === 0) return new Set();
  const rows = await db.$queryRaw<{ pair: string }[]>`
    SELECT statement_id::text || ' ' || suggestion_id AS pair FROM suggestion_dismissals
    WHERE user_id = ${at.userId}::uuid AND statement_id = ANY(${at.statementIds as string[]}::uuid[])`;
  return new Set(rows.map((r) => r.pair));
}
