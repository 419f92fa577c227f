import type { SearchAnnotation, SearchAnnotationHit, SearchParagraph, SearchStatement } from "@verbatim/contract";
import { headlineMatches, mergeSpans, symbolMatches } from "./match-offsets.ts";
import type { SymbolTerm } from "./parse-search-query.ts";
import type { SearchAnnotationRow, SearchPageRow } from "./search-sql.ts";

/** An annotation on a found paragraph; one that runs on past it ends, here, at the paragraph's end. */
export function presentSearchAnnotation(a: SearchAnnotationRow, paragraphText: string): SearchAnnotation {
  const runsOn = a.end_paragraph_id !== null && a.end_paragraph_id !== a.paragraph_id;
  return {
    id: a.id,
    kind: a.kind as SearchAnnotation["kind"],
    status: a.status as SearchAnnotation["status"],
    attributes: a.attributes,
    quote: a.exact,
    start: a.start,
    end: runsOn ? paragraphText.length : a.end,
    labels: a.codes.filter((c) => c.type === "label").map((c) => c.name),
    topics: a.codes.filter((c) => c.type === "topic").map((c) => c.name),
    note: a.note_text,
    author: { id: a.author_id, name: a.author_name },
  };
}

/** The words of the paragraph the query matched: full-text words (from the headline) and symbol terms. */
function matchesOf(row: SearchPageRow, symbols: readonly SymbolTerm[]) {
  const words = row.headline === null ? [] : headlineMatches(row.text, row.headline);
  return mergeSpans([...words, ...symbolMatches(row.text, symbols)]);
}

/** A result's statement, from the columns a search or passages row carries. */
export function presentResultStatement(
  row: Pick<SearchPageRow, "slug" | "title" | "delegation" | "on_behalf_of" | "forum" | "date">,
): SearchStatement {
  return { slug: row.slug, title: row.title, delegation: row.delegation, onBehalfOf: row.on_behalf_of, forum: row.forum, date: row.date };
}

function paragraphFields(row: SearchPageRow, symbols: readonly SymbolTerm[]) {
  return {
    statement: presentResultStatement(row),
    paragraphId: row.canonical_id,
    number: row.number,
    text: row.text,
    matches: matchesOf(row, symbols),
  };
}

export function presentSearchParagraph(
  row: SearchPageRow,
  annotations: readonly SearchAnnotationRow[],
  symbols: readonly SymbolTerm[],
): SearchParagraph {
  return { ...paragraphFields(row, symbols), annotations: annotations.map((a) => presentSearchAnnotation(a, row.text)) };
}

export function presentSearchAnnotationHit(
  row: SearchPageRow,
  annotation: SearchAnnotationRow,
  symbols: readonly SymbolTerm[],
): SearchAnnotationHit {
  return { ...paragraphFields(row, symbols), annotation: presentSearchAnnotation(annotation, row.text) };
}
