import type { DroppedLine, Footnote } from "../types.ts";
import type { PageRows } from "./furniture.ts";
import { ParagraphText } from "./hyphen-join.ts";
import { runsText, type Row } from "./page-rows.ts";

const MARK_RUN = /^(?:\d{1,3}|\*{1,3}|[†‡§])$/;
const MARK_START = /^(\d{1,3}|\*{1,3}|[†‡§]) +(.*)$/;

/** A footnote's mark and text if the row starts one ("1 Figures from…"), else null. */
function noteStart(row: Row): { mark: string; text: string } | null {
  const [first, ...rest] = row.runs;
  if (first && MARK_RUN.test(first.str) && rest.length > 0) return { mark: first.str, text: runsText(rest) };
  const match = MARK_START.exec(runsText(row.runs));
  return match ? { mark: match[1] ?? "", text: match[2] ?? "" } : null;
}

/**
 * Footnotes: the rows at the foot of a page (below its middle) set smaller than the body text, when the first of them
 * starts with a mark. They leave the page's rows; each note keeps its mark and its text (lines joined, hyphenation
 * too). The marks in the text are left out where the text is rebuilt (see page-rows.ts), so no stray digit joins a word.
 */
export function takeFootnotes(
  page: PageRows,
  bodySize: number,
  hyphenated: ReadonlySet<string>,
  footnotes: Footnote[],
  dropped: DroppedLine[],
): void {
  let first = page.rows.length;
  while (first > 0) {
    const row = page.rows[first - 1];
    if (!row || row.size > 0.85 * bodySize || row.y < 0.5 * page.height) break;
    first -= 1;
  }
  const region = page.rows.slice(first);
  if (region.length === 0 || !region[0] || noteStart(region[0]) === null) return;
  page.rows = page.rows.slice(0, first);
  const notes: { mark: string; text: ParagraphText }[] = [];
  for (const row of region) {
    const start = noteStart(row);
    const last = notes.at(-1);
    if (start) notes.push({ mark: start.mark, text: new ParagraphText(start.text) });
    else if (last) last.text.wrap(runsText(row.runs), hyphenated);
  }
  for (const note of notes) {
    const text = note.text.toString();
    footnotes.push({ mark: note.mark, text, page: page.page });
    dropped.push({ text: `${note.mark} ${text}`, reason: "footnote", page: page.page });
  }
}
