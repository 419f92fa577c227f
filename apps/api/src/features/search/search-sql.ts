import { SEARCH_FACETS, SEARCH_PAGE_SIZE, SEARCH_TOTAL_CAP, type SearchFacet } from "@verbatim/contract";
import type { DbOrTx } from "../../db/in-transaction.ts";
import { Prisma } from "../../generated/prisma/client.ts";
import { ANNOTATION_CODES } from "../annotations/annotation-sql.ts";
import { countsByStatement, statementFacetParts } from "./corpus-facets-sql.ts";
import { HEADLINE_OPTIONS, START_MARK, STOP_MARK } from "./match-offsets.ts";
import type { ParsedSearch } from "./parse-search-query.ts";
import {
  allOf,
  ANNOTATION_DOC,
  ANNOTATION_ON_PARAGRAPH,
  CONFIG,
  paragraphMatches,
  annotationFilters,
  parsesAlikeSql,
  type Filters,
  rowQuery,
  STATEMENT_FACET_COLUMNS,
  statementFilters,
  symbolConditions,
} from "./search-where-sql.ts";

/** What to search: the workspace, the parsed query, the filters as SQL and the kind of result. */
export interface SearchPlan {
  workspaceId: string;
  type: "paragraphs" | "annotations";
  parsed: ParsedSearch;
  filters: Filters;
  /** Every configuration parses the words alike (parsesAlike): one query serves every statement's language. */
  alike: boolean;
}

/** Whether every configuration parses `text` into the same query; true for no words at all. */
export async function parsesAlike(db: DbOrTx, text: string): Promise<boolean> {
  if (text === "") return true;
  const [row] = await db.$queryRaw<{ alike: boolean }[]>(parsesAlikeSql(text));
  return row?.alike === true;
}

/** Where the last page ended, in ranking order. */
export interface SearchKey {
  rank: number;
  date: string;
  slug: string;
  position: number;
  sub: number;
  id: string;
}

/**
 * Every result as rows (hit_id, statement_id, canonical_id, current_revision, annotation_id, paragraph_row, and the
 * ranking keys rank, sort_date, slug, position, sub): paragraphs of current texts, or live annotations on them.
 */
export function hitsSql(plan: SearchPlan, except?: SearchFacet): Prisma.Sql {
  const { parsed } = plan;
  const statementConditions = statementFilters(plan.filters, except);
  const annotationConditions = annotationFilters(plan.filters, except);
  const hasText = parsed.text !== "";
  const withSymbols = parsed.symbols.length > 0;
  const on = [Prisma.sql`s.workspace_id = ${plan.workspaceId}::uuid`, Prisma.sql`s.deleted_at IS NULL`, ...statementConditions];
  const from = Prisma.sql`statements s
    JOIN revisions r ON r.statement_id = s.id AND r.number = s.current_revision
    JOIN paragraphs p ON p.revision_id = r.id`;
  const paragraphRank = hasText
    ? Prisma.sql`coalesce(ts_rank_cd(p.search_vector, ${rowQuery(parsed.text, plan.alike)}), 0)`
    : Prisma.sql`0`;
  if (plan.type === "paragraphs") {
    if (hasText) on.push(paragraphMatches(parsed.text, withSymbols, plan.alike));
    on.push(...symbolConditions(parsed, Prisma.sql`lower(p.text)`));
    if (annotationConditions.length > 0) {
      on.push(Prisma.sql`EXISTS (SELECT 1 FROM annotations a WHERE ${ANNOTATION_ON_PARAGRAPH} AND ${allOf(annotationConditions)})`);
    }
    return Prisma.sql`SELECT p.id AS hit_id, s.id AS statement_id, p.canonical_id, s.current_revision, NULL::uuid AS annotation_id,
      p.id AS paragraph_row, ${paragraphRank}::float8 AS rank, coalesce(s.date, '') AS sort_date, s.slug, p.position, 0 AS sub
    FROM ${from}
    WHERE ${allOf(on)}`;
  }
  // Annotations: their own words (quote, note, codes, comments) or their paragraph's.
  const docVector = Prisma.sql`verbatim_search_vector(${CONFIG}, d.doc)`;
  if (hasText)
    on.push(
      Prisma.sql`(${paragraphMatches(parsed.text, withSymbols, plan.alike)} OR ${docVector} @@ ${rowQuery(parsed.text, plan.alike)})`,
    );
  on.push(...symbolConditions(parsed, Prisma.sql`lower(p.text || ' ' || d.doc)`));
  on.push(...annotationConditions);
  const rank = hasText
    ? Prisma.sql`${paragraphRank} + coalesce(ts_rank_cd(${docVector}, ${rowQuery(parsed.text, plan.alike)}), 0)`
    : Prisma.sql`0`;
  return Prisma.sql`SELECT a.id AS hit_id, s.id AS statement_id, p.canonical_id, s.current_revision, a.id AS annotation_id,
      p.id AS paragraph_row, (${rank})::float8 AS rank, coalesce(s.date, '') AS sort_date, s.slug, p.position, a.start AS sub
    FROM ${from}
    JOIN annotations a ON ${ANNOTATION_ON_PARAGRAPH}
    CROSS JOIN LATERAL (SELECT ${ANNOTATION_DOC} AS doc) d
    WHERE ${allOf(on)}`;
}

/** Best first; ties by statement date (latest first), slug, place in the text, then ID: the same order every time. */
const ORDER = Prisma.sql`h.rank DESC, h.sort_date DESC, h.slug, h.position, h.sub, h.hit_id`;

/** Rows after `k` in ORDER (mixed directions, so spelt out rather than a row comparison). */
const after = (k: SearchKey) => Prisma.sql`(h.rank < ${k.rank}::float8 OR (h.rank = ${k.rank}::float8 AND (
  h.sort_date < ${k.date} OR (h.sort_date = ${k.date} AND (
  h.slug > ${k.slug} OR (h.slug = ${k.slug} AND (
  h.position > ${k.position}::int OR (h.position = ${k.position}::int AND (
  h.sub > ${k.sub}::int OR (h.sub = ${k.sub}::int AND h.hit_id > ${k.id}::uuid))))))))))`;

export interface SearchPageRow {
  hit_id: string;
  annotation_id: string | null;
  paragraph_row: string;
  rank: number;
  sort_date: string;
  slug: string;
  position: number;
  sub: number;
  canonical_id: string;
  number: number | null;
  text: string;
  title: string;
  delegation: string | null;
  on_behalf_of: string | null;
  forum: string | null;
  date: string | null;
  headline: string | null;
}

/** One page (and one row more, to know there is a next), with each row's words marked by ts_headline. */
export async function searchPage(db: DbOrTx, plan: SearchPlan, from: SearchKey | null): Promise<SearchPageRow[]> {
  return db.$queryRaw<SearchPageRow[]>(searchPageSql(plan, from));
}

/** searchPage's SQL (the benchmark runs it without the API, too). */
export function searchPageSql(plan: SearchPlan, from: SearchKey | null): Prisma.Sql {
  const headline =
    plan.parsed.text === ""
      ? Prisma.sql`NULL::text`
      : Prisma.sql`ts_headline(${CONFIG}, verbatim_fold(translate(p.text, ${START_MARK + STOP_MARK}, '  ')), ${rowQuery(plan.parsed.text, plan.alike)}, ${HEADLINE_OPTIONS})`;
  return Prisma.sql`
    SELECT h.hit_id, h.annotation_id, h.paragraph_row, h.rank, h.sort_date, h.slug, h.position, h.sub, p.canonical_id, p.number, p.text,
      s.title, s.delegation, s.on_behalf_of, s.forum, s.date, ${headline} AS headline
    FROM (
      SELECT * FROM (${hitsSql(plan)}) h
      WHERE ${from ? after(from) : Prisma.sql`true`}
      ORDER BY ${ORDER}
      LIMIT ${SEARCH_PAGE_SIZE + 1}
    ) h
    JOIN paragraphs p ON p.id = h.paragraph_row
    JOIN statements s ON s.id = h.statement_id
    ORDER BY ${ORDER}`;
}

/** How many results, counted up to one past SEARCH_TOTAL_CAP. */
export async function countHits(db: DbOrTx, plan: SearchPlan): Promise<number> {
  const [row] = await db.$queryRaw<{ n: number }[]>(countHitsSql(plan));
  return row?.n ?? 0;
}

/** countHits's SQL. */
export const countHitsSql = (plan: SearchPlan): Prisma.Sql =>
  Prisma.sql`SELECT count(*)::int AS n FROM (SELECT 1 FROM (${hitsSql(plan)}) h LIMIT ${SEARCH_TOTAL_CAP + 1}) x`;

export interface FacetRow {
  facet: string;
  value: string;
  label: string;
  count: number;
}

/** Values shown per facet. */
export const FACET_VALUES = 50;

/**
 * Each facet's values among all the results, most first, FACET_VALUES at most: statement facets count results; the
 * annotation facets count results that are or carry such an annotation (live, on the paragraph in the current text).
 * A facet being filtered counts the results of every other filter but its own (disjunctive faceting), so that its
 * other values stay there to be added: ticking Arcadia still shows how many Borduria would add.
 */
export async function facetCounts(db: DbOrTx, plan: SearchPlan): Promise<FacetRow[]> {
  return db.$queryRaw<FacetRow[]>(facetCountsSql(plan));
}

/** facetCounts's SQL: summed from the statements' kept counts where a search has no words, else over its hits. */
export function facetCountsSql(plan: SearchPlan): Prisma.Sql {
  if (countsByStatement(plan)) {
    const { tables, parts } = statementFacetParts(plan);
    return firstValuesOfEach(tables, parts);
  }
  return hitFacetCountsSql(plan);
}

/** Each facet's values, most first, FACET_VALUES at most, from `parts` (facet, value, label, count) over `tables`. */
const firstValuesOfEach = (tables: Prisma.Sql, parts: Prisma.Sql) => Prisma.sql`
    WITH ${tables}
    SELECT facet, value, label, count FROM (
      SELECT x.*, row_number() OVER (PARTITION BY x.facet ORDER BY x.count DESC, x.label, x.value) AS nth
      FROM (${parts}) x
    ) y
    WHERE nth <= ${FACET_VALUES}
    ORDER BY facet, nth`;

/** The facets counted over the hits themselves and the annotations on them. */
export function hitFacetCountsSql(plan: SearchPlan): Prisma.Sql {
  // The hits (h) and their annotations (ha) of all filters, and of all but each filtered facet's own (h_<facet>).
  const own = SEARCH_FACETS.filter((f) => plan.filters[f] !== undefined);
  const hits = (facet?: SearchFacet) => Prisma.raw(facet && own.includes(facet) ? `h_${facet}` : "h");
  const annotated = (facet?: SearchFacet) => Prisma.raw(facet && own.includes(facet) ? `ha_${facet}` : "ha");
  const annotationsOf = (h: Prisma.Sql) =>
    plan.type === "paragraphs"
      ? Prisma.sql`SELECT h.hit_id, a.id, a.kind, a.status, a.attributes, a.author_id FROM ${h} h JOIN annotations a
          ON a.statement_id = h.statement_id AND a.deleted_at IS NULL AND a.anchor_revision = h.current_revision
            AND a.anchor_state <> 'orphaned' AND a.paragraph_id = h.canonical_id`
      : Prisma.sql`SELECT h.hit_id, a.id, a.kind, a.status, a.attributes, a.author_id FROM ${h} h JOIN annotations a ON a.id = h.annotation_id`;
  const tables = [
    Prisma.sql`h AS MATERIALIZED (${hitsSql(plan)})`,
    Prisma.sql`ha AS MATERIALIZED (${annotationsOf(Prisma.raw("h"))})`,
    ...own.flatMap((f) => [
      Prisma.sql`${hits(f)} AS MATERIALIZED (${hitsSql(plan, f)})`,
      Prisma.sql`${annotated(f)} AS MATERIALIZED (${annotationsOf(hits(f))})`,
    ]),
  ];
  const statementFacet = (facet: SearchFacet, column: string) =>
    Prisma.sql`SELECT ${facet}::text AS facet, ${Prisma.raw(column)} AS value, ${Prisma.raw(column)} AS label, count(*)::int AS count
      FROM ${hits(facet)} h JOIN statements s ON s.id = h.statement_id WHERE ${Prisma.raw(column)} IS NOT NULL GROUP BY 2, 3`;
  const annotationFacet = (facet: SearchFacet, column: string) =>
    Prisma.sql`SELECT ${facet}::text, ${Prisma.raw(column)}, ${Prisma.raw(column)}, count(DISTINCT ha.hit_id)::int
      FROM ${annotated(facet)} ha WHERE ${Prisma.raw(column)} IS NOT NULL GROUP BY 2, 3`;
  const codeFacet = (type: "label" | "topic") =>
    Prisma.sql`SELECT ${type}::text, c.name, c.name, count(DISTINCT ha.hit_id)::int
      FROM ${annotated(type)} ha JOIN annotation_codes ac ON ac.annotation_id = ha.id JOIN codes c ON c.id = ac.code_id
      WHERE c.type = ${type}::"CodeType" GROUP BY 2, 3`;
  const parts = [
    ...STATEMENT_FACET_COLUMNS.map(([facet, column]) => statementFacet(facet, column)),
    annotationFacet("kind", "ha.kind::text"),
    annotationFacet("stance", "ha.attributes->>'stance'"),
    annotationFacet("strength", "ha.attributes->>'strength'"),
    codeFacet("label"),
    codeFacet("topic"),
    Prisma.sql`SELECT 'instrument', ha.attributes->>'target', coalesce(min(i.name), ha.attributes->>'target'), count(DISTINCT ha.hit_id)::int
      FROM ${annotated("instrument")} ha
      LEFT JOIN instruments i ON i.workspace_id = ${plan.workspaceId}::uuid AND i.key = ha.attributes->>'target'
      WHERE ha.kind = 'cross-reference' AND ha.attributes->>'target' IS NOT NULL GROUP BY 2`,
    annotationFacet("status", "ha.status::text"),
    Prisma.sql`SELECT 'author', ha.author_id::text, u.name, count(DISTINCT ha.hit_id)::int
      FROM ${annotated("author")} ha JOIN users u ON u.id = ha.author_id GROUP BY 2, 3`,
  ];
  return firstValuesOfEach(Prisma.join(tables, ",\n    "), Prisma.join(parts, "\n      UNION ALL "));
}

export interface SearchAnnotationRow {
  paragraph_row: string;
  id: string;
  kind: string;
  status: string;
  attributes: Record<string, unknown>;
  exact: string;
  start: number;
  end: number;
  paragraph_id: string;
  end_paragraph_id: string | null;
  note_text: string | null;
  author_id: string;
  author_name: string;
  codes: { id: string; name: string; type: "topic" | "label" }[];
}

/** The live annotations on these paragraphs of current texts, in reading order. */
export async function annotationsOn(db: DbOrTx, paragraphRows: readonly string[]): Promise<SearchAnnotationRow[]> {
  if (paragraphRows.length === 0) return [];
  return db.$queryRaw<SearchAnnotationRow[]>(annotationsOnSql(paragraphRows));
}

/** annotationsOn's SQL. */
export const annotationsOnSql = (paragraphRows: readonly string[]): Prisma.Sql => Prisma.sql`
    SELECT p.id AS paragraph_row, a.id, a.kind::text AS kind, a.status::text AS status, a.attributes, a.exact, a.start, a."end",
      a.paragraph_id, a.end_paragraph_id, a.note_text, a.author_id, u.name AS author_name, ${ANNOTATION_CODES} AS codes
    FROM paragraphs p
    JOIN statements s ON s.id = p.statement_id
    JOIN revisions r ON r.id = p.revision_id AND r.number = s.current_revision
    JOIN annotations a ON ${ANNOTATION_ON_PARAGRAPH}
    JOIN users u ON u.id = a.author_id
    WHERE p.id = ANY(${paragraphRows}::uuid[])
    ORDER BY a.start, a."end", a.id`;
