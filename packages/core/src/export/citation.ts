import type { StatementMetadata } from "../model/statement-ref.ts";
import type { ExcerptParagraphs, ExportItem } from "./export-item.ts";
import { formatDate, formatShortDate } from "../dates/format-date.ts";
import { delegationOf } from "./statement-line.ts";
import { oneLine } from "./text.ts";

/**
 * How an excerpt is cited. `full`: who, forum, meeting symbol, date, ¶ and the canonical reference (the default,
 * what exports gave before there was a choice); `short`: who, forum, short date and ¶; `un`: who, the meeting
 * symbol (else the forum), date and "para.", as UN documents cite meeting records.
 */
export const CITATION_STYLES = ["full", "short", "un"] as const;
export type CitationStyle = (typeof CITATION_STYLES)[number];

/** The canonical reference `slug#p9`: always the paragraph's ID, never its display number. */
export function referenceOf(item: ExportItem): string {
  return `${item.statement.slug}#${item.annotation.target.paragraphId}`;
}

/** Who spoke, for a citation: "Delegation on behalf of Group", else either, else the speaker, else the title. */
export function speakerOf(statement: StatementMetadata): string {
  return delegationOf(statement) || oneLine(statement.speaker) || oneLine(statement.title);
}

/** How a paragraph number is written: "¶9", or "para. 9" / "paras. 9–10" in the UN style. */
interface NumberSign {
  one: string;
  span: string;
}
const PILCROW: NumberSign = { one: "¶", span: "¶" };
const UN_PARA: NumberSign = { one: "para. ", span: "paras. " };

/**
 * "¶9", "¶9–10" for a span across paragraphs (numbered as in the revision that was annotated), and "¶9 (now ¶11)"
 * when the current revision numbers the paragraph differently, or "(since removed)" when it no longer has it; empty
 * when the block had no number. An orphan's words are gone from the current text even where its paragraph is not, so
 * it is "¶9 (words since removed)" rather than a current number that holds none of them.
 */
export function paragraphNumberOf(paragraphs: ExcerptParagraphs, sign: NumberSign = PILCROW, orphaned = false): string {
  const { number, endNumber, currentNumber } = paragraphs;
  if (number === null) return "";
  const isSpan = endNumber !== undefined && endNumber !== null && endNumber !== number;
  const span = isSpan ? `${sign.span}${number}–${endNumber}` : `${sign.one}${number}`;
  if (orphaned) return `${span} (words since removed)`;
  if (currentNumber === null) return `${span} (since removed)`;
  return currentNumber === number ? span : `${span} (now ${sign.one}${currentNumber})`;
}

const joined = (parts: string[]): string => parts.filter((part) => part.length > 0).join(", ");

/**
 * The excerpt's citation in a style, e.g. for the design's example statement:
 * full "Asia-Pacific Group, CCPCJ 32nd session, 22 May 2023, ¶9 (2023-05-22-ccpcj32-apg#p9)",
 * short "China, UNSC, 7 Dec 2023, ¶4", UN "China, S/PV.9500, 7 December 2023, para. 4".
 */
export function citationOf(item: ExportItem, style: CitationStyle = "full"): string {
  const orphaned = item.annotation.anchor.state === "orphaned";
  const number = paragraphNumberOf(item.paragraphs, style === "un" ? UN_PARA : PILCROW, orphaned);
  return cite(item.statement, number, referenceOf(item), style);
}

/**
 * A paragraph's citation where no excerpt is being exported (a cross-reference's target, a "cited by" entry), e.g.
 * "UN Secretariat, Security Council, 7 December 2023, ¶4": the full style without the canonical reference, which
 * the caller keeps as the link. `number` is the paragraph's display number (null for an unnumbered block).
 */
export function paragraphCitation(
  statement: StatementMetadata & { slug: string },
  paragraph: { id: string; number: number | null },
  style: CitationStyle = "full",
): string {
  const sign = style === "un" ? UN_PARA : PILCROW;
  const number = paragraph.number === null ? "" : `${sign.one}${paragraph.number}`;
  return cite(statement, number, `${statement.slug}#${paragraph.id}`, style, false);
}

/**
 * Who, where, when and which paragraph, in a style; `reference` (slug#pN) where there is nothing else to say, and
 * after the full style's parts when `withReference`.
 */
function cite(statement: StatementMetadata, number: string, reference: string, style: CitationStyle, withReference = true): string {
  const who = speakerOf(statement);
  const forum = oneLine(statement.forum);
  const symbol = oneLine(statement.meetingSymbol);
  const date = oneLine(statement.date);
  if (style === "short") return joined([who, forum, date && formatShortDate(date), number]) || reference;
  if (style === "un") return joined([who, symbol || forum, date && formatDate(date), number]) || reference;
  const parts = joined([who, forum, symbol, date && formatDate(date), number]);
  if (!withReference) return parts || reference;
  return parts ? `${parts} (${reference})` : `(${reference})`;
}
