import type { AnalysisFilters, SearchFacet } from "@verbatim/contract";
import { Prisma } from "../../generated/prisma/client.ts";
import { allOf, hasCode } from "../annotations/annotation-sql.ts";
import { containsPattern, type ParsedSearch } from "./parse-search-query.ts";

/**
 * The search's conditions as SQL (issue 17), over statements `s`, paragraphs `p` of their current revision and, for
 * annotation results, annotations `a`. Raw SQL only: the use case (search.ts) decides what to ask.
 */

/** The text search configurations of the search migration, one per language the corpus is indexed in. */
const CONFIGS = ["verbatim_english", "verbatim_french", "verbatim_spanish", "verbatim_russian", "verbatim_simple"] as const;

/** Statement `s`'s configuration (its language's). */
export const CONFIG = Prisma.sql`verbatim_search_config(s.language)`;
/** The query in configuration `config`, spellings folded as the index's were. */
const tsquery = (config: Prisma.Sql, text: string) => Prisma.sql`websearch_to_tsquery(${config}, verbatim_fold(${text}))`;
/** Any configuration's query, for words every configuration parses alike (see parsesAlikeEverywhere). */
const anyQuery = (text: string) => tsquery(Prisma.sql`${CONFIGS[0]}::regconfig`, text);

/**
 * The query in statement `s`'s configuration, for ranking and marking rows already found: a choice among constant
 * queries (each folded and parsed once, when the statement is planned), not a query parsed again for every row; one
 * constant query where every configuration parses the words alike (`alike`).
 */
export const rowQuery = (text: string, alike: boolean) =>
  alike
    ? anyQuery(text)
    : Prisma.sql`(CASE ${CONFIG} ${Prisma.join(
        CONFIGS.map((name) => Prisma.sql`WHEN ${name}::regconfig THEN ${tsquery(Prisma.sql`${name}::regconfig`, text)}`),
        " ",
      )} END)`;

/**
 * SQL answering whether every configuration parses `text` into the same query (true for most words: "without",
 * "74/247" and names are no language's stems). Then one query matches every statement, with no arm per language to
 * choose by each statement's configuration, and ranks without a choice per row: the same results, a third faster on a
 * common word.
 */
export const parsesAlikeSql = (text: string) => Prisma.sql`SELECT count(DISTINCT q::text) = 1 AS alike
  FROM unnest(ARRAY[${Prisma.join(CONFIGS.map((name) => tsquery(Prisma.sql`${name}::regconfig`, text)))}]) AS q`;

/**
 * Paragraph `p` matches the words of the query in its statement's language. One arm per configuration, each with a
 * constant query, so that each can read the GIN index on search_vector (a query whose configuration came from the row
 * could not). A query of stop words only (or only `-`, `or`) matches nothing; beside symbol terms it is no condition.
 */
export function paragraphMatches(text: string, withSymbols: boolean, alike: boolean): Prisma.Sql {
  if (alike) {
    const q = anyQuery(text);
    return withSymbols ? Prisma.sql`(numnode(${q}) = 0 OR p.search_vector @@ ${q})` : Prisma.sql`p.search_vector @@ ${q}`;
  }
  const arms = CONFIGS.map((name) => {
    const q = tsquery(Prisma.sql`${name}::regconfig`, text);
    const match = withSymbols ? Prisma.sql`(numnode(${q}) = 0 OR p.search_vector @@ ${q})` : Prisma.sql`p.search_vector @@ ${q}`;
    return Prisma.sql`(${CONFIG} = ${name}::regconfig AND ${match})`;
  });
  return Prisma.sql`(${Prisma.join(arms, " OR ")})`;
}

/** Each symbol term is (or, negated, is not) a case-insensitive substring of `column` (LIKE on the trigram index). */
export function symbolConditions(parsed: ParsedSearch, column: Prisma.Sql): Prisma.Sql[] {
  return parsed.symbols.map(({ term, negated }) =>
    negated ? Prisma.sql`${column} NOT LIKE ${containsPattern(term)}` : Prisma.sql`${column} LIKE ${containsPattern(term)}`,
  );
}

/** A live annotation `a` anchored on paragraph `p` of statement `s`'s current revision. */
export const ANNOTATION_ON_PARAGRAPH = Prisma.sql`a.statement_id = s.id AND a.deleted_at IS NULL
  AND a.anchor_revision = s.current_revision AND a.anchor_state <> 'orphaned' AND a.paragraph_id = p.canonical_id`;

/** The corpus's filters: the search's facets, the month, and (for passages and the matrix) which code filters need all values. */
export type Filters = Pick<AnalysisFilters, SearchFacet | "month"> & Partial<Pick<AnalysisFilters, "all">>;

/** The statement facets and their values as columns of `s`, as the facets count them and the filters below compare them. */
export const STATEMENT_FACET_COLUMNS = [
  ["delegation", "s.delegation"],
  ["onBehalfOf", "s.on_behalf_of"],
  ["forum", "s.forum"],
  // Dates are ISO text (yyyy-mm-dd): the year is its first four characters.
  ["year", "left(s.date, 4)"],
] as const satisfies readonly (readonly [SearchFacet, string])[];

/** The statement facets' filters, on `s`, but `except`'s (a facet's own counts leave its own filter out). */
export function statementFilters(f: Filters, except?: SearchFacet): Prisma.Sql[] {
  const on: Prisma.Sql[] = [];
  const has = (facet: SearchFacet) => facet !== except && f[facet] !== undefined;
  if (has("delegation")) on.push(Prisma.sql`s.delegation = ANY(${f.delegation}::text[])`);
  if (has("onBehalfOf")) on.push(Prisma.sql`s.on_behalf_of = ANY(${f.onBehalfOf}::text[])`);
  if (has("forum")) on.push(Prisma.sql`s.forum = ANY(${f.forum}::text[])`);
  // Dates are ISO text (yyyy-mm-dd): the year is its first four characters.
  if (has("year")) on.push(Prisma.sql`left(s.date, 4) = ANY(${f.year}::text[])`);
  if (f.month !== undefined) on.push(Prisma.sql`left(s.date, 7) = ANY(${f.month}::text[])`);
  return on;
}

/**
 * The annotation facets' filters, on `a`, but `except`'s; values are compared as text, so no value can fail a cast.
 */
export function annotationFilters(f: Filters, except?: SearchFacet): Prisma.Sql[] {
  const on: Prisma.Sql[] = [];
  const has = (facet: SearchFacet) => facet !== except && f[facet] !== undefined;
  if (has("kind")) on.push(Prisma.sql`a.kind::text = ANY(${f.kind}::text[])`);
  if (has("status")) on.push(Prisma.sql`a.status::text = ANY(${f.status}::text[])`);
  if (has("author")) on.push(Prisma.sql`a.author_id::text = ANY(${f.author}::text[])`);
  if (has("stance")) on.push(Prisma.sql`a.attributes->>'stance' = ANY(${f.stance}::text[])`);
  if (has("strength")) on.push(Prisma.sql`a.attributes->>'strength' = ANY(${f.strength}::text[])`);
  if (has("instrument")) on.push(Prisma.sql`a.kind = 'cross-reference' AND a.attributes->>'target' = ANY(${f.instrument}::text[])`);
  for (const type of ["label", "topic"] as const) {
    if (!has(type)) continue;
    const names = f[type] ?? [];
    // A co-occurrence (`all`): each value must hold; otherwise any.
    if (f.all?.includes(type)) on.push(...names.map((name) => hasCode(type, [name])));
    else on.push(hasCode(type, names));
  }
  return on;
}

/** What an annotation says in words: its quote, note, topics and labels, and its live comments. */
export const ANNOTATION_DOC = Prisma.sql`concat_ws(' ', a.exact, a.note_text,
  (SELECT string_agg(c.name, ' ') FROM annotation_codes ac JOIN codes c ON c.id = ac.code_id WHERE ac.annotation_id = a.id),
  (SELECT string_agg(cm.body_text, ' ') FROM comments cm WHERE cm.annotation_id = a.id AND cm.deleted_at IS NULL))`;

export { allOf };
