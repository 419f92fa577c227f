import { PASSAGES_PAGE_SIZE, type PassageGrouping, type Passages, type PassagesQuery } from "@verbatim/contract";
import type { Actor } from "../../auth/actor.ts";
import type { DbOrTx } from "../../db/in-transaction.ts";
import { decodeSearchCursor, encodeSearchCursor } from "../search/search-cursor.ts";
import { presentResultStatement, presentSearchAnnotation } from "../search/present-search.ts";
import { countPassages, readPassageGroups, readPassagePage, type PassageRow, type PassagesPlan } from "./passages-sql.ts";

/** The group of annotations without a value, by grouping. */
const NO_VALUE: Record<PassageGrouping, string> = {
  topic: "No topic",
  stance: "No stance",
  delegation: "No delegation",
  statement: "No statement",
};

/**
 * GET /api/passages (issue 17): the "coded segments" view. Every annotation the filters select across the
 * workspace's statements, grouped, a page at a time, each with its paragraph as context. The cursor is the search's
 * (its rank holds the group's place).
 */
export async function readPassages(db: DbOrTx, actor: Pick<Actor, "workspaceId">, query: PassagesQuery): Promise<Passages> {
  const { group, cursor, ...filters } = query;
  const plan: PassagesPlan = { workspaceId: actor.workspaceId, group, filters };
  const from = decodeSearchCursor(cursor);
  const [groups, counted, rows] = await Promise.all([
    readPassageGroups(db, plan),
    countPassages(db, plan),
    readPassagePage(
      db,
      plan,
      from && { group: from.rank, date: from.date, slug: from.slug, position: from.position, start: from.sub, id: from.id },
    ),
  ]);
  const page = rows.slice(0, PASSAGES_PAGE_SIZE);
  const last = page[page.length - 1];
  return {
    groups: groups.map((g) => ({ key: g.key, label: g.label ?? NO_VALUE[group], count: g.count })),
    groupCount: counted.groups,
    items: page.map((row) => presentPassage(row, group)),
    total: counted.annotations,
    nextCursor:
      rows.length > PASSAGES_PAGE_SIZE && last
        ? encodeSearchCursor({
            rank: last.place,
            date: last.sort_date,
            slug: last.slug,
            position: last.position,
            sub: last.start,
            id: last.id,
          })
        : null,
  };
}

function presentPassage(row: PassageRow, group: PassageGrouping): Passages["items"][number] {
  return {
    group: { key: row.group_key, label: row.group_label ?? NO_VALUE[group] },
    statement: presentResultStatement(row),
    paragraphId: row.canonical_id,
    number: row.number,
    text: row.text,
    annotation: presentSearchAnnotation({ ...row, paragraph_row: "" }, row.text),
  };
}
