import { PASSAGES_PAGE_SIZE, type PassageGrouping } from "@verbatim/contract";
import type { DbOrTx } from "../../db/in-transaction.ts";
import { Prisma } from "../../generated/prisma/client.ts";
import { ANNOTATION_CODES } from "../annotations/annotation-sql.ts";
import type { SearchAnnotationRow } from "../search/search-sql.ts";
import type { Filters } from "../search/search-where-sql.ts";
import { dimensionSql } from "./dimension-sql.ts";
import { SELECTED_FROM, selectedWhere } from "./selected-annotations-sql.ts";

export interface PassagesPlan {
  workspaceId: string;
  group: PassageGrouping;
  filters: Filters;
}

/** Where the last page ended: the group's place, then the statement's date, slug, the paragraph, the start, the ID. */
export interface PassageKey {
  group: number;
  date: string;
  slug: string;
  position: number;
  start: number;
  id: string;
}

/** Groups listed at most (a corpus grouped by statement can have thousands); the items still come in every group. */
export const PASSAGE_GROUPS_LISTED = 1_000;

/** A null key (no topic, no stance) joined as this, since a join cannot match nulls. */
const NO_KEY = Prisma.sql`chr(1)`;

/** The grouping's key over `a` and `s`, with its join: topics may be several (an annotation is in each) or none. */
function groupingSql(group: PassageGrouping) {
  if (group === "statement") return { join: Prisma.empty, key: Prisma.sql`s.slug` };
  return dimensionSql(group, "g", true);
}

/**
 * Every group with its count and place: statements newest first, other groups by name, the group of annotations
 * without a value (no topic, no stance) last.
 */
function groupsSql(plan: PassagesPlan): Prisma.Sql {
  const g = groupingSql(plan.group);
  const label = plan.group === "statement" ? Prisma.sql`min(s.title)` : Prisma.sql`min(${g.key})`;
  const order = plan.group === "statement" ? Prisma.sql`max(s.date) DESC NULLS LAST, ${g.key}` : Prisma.sql`${g.key} IS NULL, ${g.key}`;
  return Prisma.sql`SELECT coalesce(${g.key}, ${NO_KEY}) AS joined, ${g.key} AS key, ${label} AS label, count(*)::int AS count,
      row_number() OVER (ORDER BY ${order})::int AS place
    FROM ${SELECTED_FROM} ${g.join}
    WHERE ${selectedWhere(plan.workspaceId, plan.filters)}
    GROUP BY ${g.key}`;
}

export interface PassageGroupRow {
  key: string | null;
  label: string | null;
  count: number;
  place: number;
}

export function readPassageGroups(db: DbOrTx, plan: PassagesPlan): Promise<PassageGroupRow[]> {
  return db.$queryRaw<PassageGroupRow[]>`
    SELECT key, label, count, place FROM (${groupsSql(plan)}) g WHERE place <= ${PASSAGE_GROUPS_LISTED} ORDER BY place`;
}

/** How many groups there are, and how many annotations (one in two groups counted once). */
export async function countPassages(db: DbOrTx, plan: PassagesPlan): Promise<{ annotations: number; groups: number }> {
  const g = groupingSql(plan.group);
  const [row] = await db.$queryRaw<{ annotations: number; groups: number }[]>`
    SELECT count(DISTINCT a.id)::int AS annotations, count(DISTINCT coalesce(${g.key}, ${NO_KEY}))::int AS groups
    FROM ${SELECTED_FROM} ${g.join}
    WHERE ${selectedWhere(plan.workspaceId, plan.filters)}`;
  return row ?? { annotations: 0, groups: 0 };
}

export interface PassageRow extends Omit<SearchAnnotationRow, "paragraph_row"> {
  group_key: string | null;
  group_label: string | null;
  place: number;
  sort_date: string;
  slug: string;
  title: string;
  delegation: string | null;
  on_behalf_of: string | null;
  forum: string | null;
  date: string | null;
  canonical_id: string;
  number: number | null;
  text: string;
  position: number;
}

/** Rows after `k` in the passages' order (the date falls, everything else rises). */
const after = (k: PassageKey) => Prisma.sql`(grp.place > ${k.group}::int OR (grp.place = ${k.group}::int AND (
  coalesce(s.date, '') < ${k.date} OR (coalesce(s.date, '') = ${k.date} AND (
  s.slug > ${k.slug} OR (s.slug = ${k.slug} AND (
  p.position > ${k.position}::int OR (p.position = ${k.position}::int AND (
  a.start > ${k.start}::int OR (a.start = ${k.start}::int AND a.id > ${k.id}::uuid))))))))))`;

/**
 * One page of passages (and one more, to know there is a next) in group order, each annotation with the paragraph
 * its words start in, in the revision it is anchored to (its offsets are in that paragraph).
 */
export function readPassagePage(db: DbOrTx, plan: PassagesPlan, from: PassageKey | null): Promise<PassageRow[]> {
  const g = groupingSql(plan.group);
  return db.$queryRaw<PassageRow[]>`
    WITH grp AS MATERIALIZED (${groupsSql(plan)})
    SELECT grp.key AS group_key, grp.label AS group_label, grp.place, coalesce(s.date, '') AS sort_date,
      s.slug, s.title, s.delegation, s.on_behalf_of, s.forum, s.date, p.canonical_id, p.number, p.text, p.position,
      a.id, a.kind::text AS kind, a.status::text AS status, a.attributes, a.exact, a.start, a."end",
      a.paragraph_id, a.end_paragraph_id, a.note_text, a.author_id, u.name AS author_name, ${ANNOTATION_CODES} AS codes
    FROM ${SELECTED_FROM} ${g.join}
    JOIN grp ON grp.joined = coalesce(${g.key}, ${NO_KEY})
    JOIN revisions rv ON rv.statement_id = s.id AND rv.number = a.anchor_revision
    JOIN paragraphs p ON p.revision_id = rv.id AND p.canonical_id = a.paragraph_id
    JOIN users u ON u.id = a.author_id
    WHERE ${selectedWhere(plan.workspaceId, plan.filters)} AND ${from ? after(from) : Prisma.sql`true`}
    ORDER BY grp.place, coalesce(s.date, '') DESC, s.slug, p.position, a.start, a.id
    LIMIT ${PASSAGES_PAGE_SIZE + 1}`;
}
