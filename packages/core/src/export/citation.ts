import type { StatementMetadata } from "../model/statement-ref.ts";
import type { ExcerptParagraphs, ExportItem } from "./export-item.ts";
import { formatDate } from "../dates/format-date.ts";
import { delegationOf } from "./statement-line.ts";
import { oneLine } from "./text.ts";

/** The canonical reference `slug#p9`: always the paragraph's ID, never its display number. */
export function referenceOf(item: ExportItem): string {
  return `${item.statement.slug}#${item.annotation.target.paragraphId}`;
}

/** Who spoke, for a citation: "Delegation on behalf of Group", else either, else the speaker, else the title. */
export function speakerOf(statement: StatementMetadata): string {
  return delegationOf(statement) || oneLine(statement.speaker) || oneLine(statement.title);
}

/**
 * "¶9", "¶9–10" for a span across paragraphs, and "¶9 (now ¶11)" when the current revision numbers the
 * paragraph differently, or "(since removed)" when it no longer has it; empty when the block had no number.
 */
export function paragraphNumberOf(paragraphs: ExcerptParagraphs): string {
  const { number, endNumber, currentNumber } = paragraphs;
  if (number === null) return "";
  const span = endNumber !== undefined && endNumber !== null && endNumber !== number ? `¶${number}–${endNumber}` : `¶${number}`;
  if (currentNumber === null) return `${span} (since removed)`;
  return currentNumber === number ? span : `${span} (now ¶${currentNumber})`;
}

/** e.g. "Asia-Pacific Group, CCPCJ 32nd session, 22 May 2023, ¶9 (2023-05-22-ccpcj32-apg#p9)". */
export function citationOf(item: ExportItem): string {
  const { statement } = item;
  const date = oneLine(statement.date);
  const parts = [
    speakerOf(statement),
    oneLine(statement.forum),
    oneLine(statement.meetingSymbol),
    date && formatDate(date),
    paragraphNumberOf(item.paragraphs),
  ].filter((part) => part.length > 0);
  const reference = `(${referenceOf(item)})`;
  return parts.length > 0 ? `${parts.join(", ")} ${reference}` : reference;
}
