import { attributeRecord } from "../model/annotation.ts";
import { type CitationStyle, citationOf, referenceOf } from "./citation.ts";
import { attributeText } from "./describe-attributes.ts";
import type { ExportItem } from "./export-item.ts";
import { provenanceText } from "../suggestions/provenance.ts";

const ATTRIBUTE_KEYS = ["stance", "topics", "actor", "strength", "action", "relation", "target"] as const;
const KNOWN_KEYS = new Set<string>(ATTRIBUTE_KEYS);

/** Header of the CSV export, one column per field of `csvRecord`, in the same order. */
export const CSV_COLUMNS: readonly string[] = [
  "statement_slug",
  "statement_title",
  "speaker",
  "delegation",
  "on_behalf_of",
  "forum",
  "meeting_symbol",
  "statement_date",
  "language",
  "source_url",
  "annotation_id",
  "revision",
  "anchor_state",
  "anchor_revision",
  "kind",
  "paragraph_id",
  "end_paragraph_id",
  "paragraph_number",
  "end_paragraph_number",
  "current_paragraph_number",
  "start",
  "end",
  "quote_exact",
  "quote_prefix",
  "quote_suffix",
  ...ATTRIBUTE_KEYS,
  "other_attributes",
  "labels",
  "note",
  "status",
  "review_status",
  "reviewer",
  "reviewed_at",
  "review_comment",
  "author",
  "created_at",
  "updated_at",
  "reference",
  "citation",
  "target_citation",
  // Last, so scripts that read the columns before it by position still find them: added after the others.
  "provenance",
];

/**
 * Spreadsheets run a cell that starts with =, +, -, @, a tab, a carriage return or a line feed as a formula, so user
 * text such as "=HYPERLINK(…)" could act when the file is opened; some skip leading white space first, and some read
 * the fullwidth ＝ ＋ － ＠ as the ASCII signs. Such cells get a leading apostrophe (OWASP's advice): this changes the
 * data, and a script reading the CSV must strip it from those cells.
 */
const FORMULA_START = /^(?:[\t\r\n]|\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/u;

export function csvSafeCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

const text = (value: string | number | null | undefined): string => (value === null || value === undefined ? "" : String(value));

/** Attributes no column names, as JSON, so none is lost; "" when there are none. */
function otherAttributes(attributes: Readonly<Record<string, unknown>>): string {
  const rest = Object.entries(attributes).filter(([key]) => !KNOWN_KEYS.has(key));
  return rest.length > 0 ? JSON.stringify(Object.fromEntries(rest)) : "";
}

/** One CSV row for an annotation, cells in `CSV_COLUMNS` order, each guarded against formula injection; `citation` in that style. */
export function csvRecord(item: ExportItem, citation: CitationStyle = "full"): string[] {
  const { annotation: a, statement: s, paragraphs: p, review } = item;
  const attributes = attributeRecord(a.attributes);
  const cells = [
    s.slug,
    s.title,
    s.speaker,
    s.delegation,
    s.onBehalfOf,
    s.forum,
    s.meetingSymbol,
    s.date,
    s.language,
    s.sourceUrl,
    a.id,
    a.revision,
    a.anchor.state,
    a.anchor.revision,
    a.kind,
    a.target.paragraphId,
    a.target.endParagraphId,
    p.number,
    p.endNumber,
    p.currentNumber,
    a.target.start,
    a.target.end,
    a.quote.exact,
    a.quote.prefix,
    a.quote.suffix,
    ...ATTRIBUTE_KEYS.map((key) => attributeText(attributes[key], "; ")),
    otherAttributes(attributes),
    a.labels.join("; "),
    a.note,
    a.status,
    review?.status,
    review?.reviewer,
    review?.at,
    review?.comment,
    a.author.name,
    a.createdAt,
    a.updatedAt,
    referenceOf(item),
    citationOf(item, citation),
    item.targetCitation,
    provenanceText(a.provenance),
  ];
  return cells.map((cell) => csvSafeCell(text(cell)));
}
