import { MAX_INLINE_MARKS, MAX_INLINE_WORK } from "./import-limits.ts";
import { type LinePrefix, splitPrefix } from "./markdown-prefix.ts";

/** Emphasis and link marks: micromark pairs them up by splicing the paragraph's events, quadratic in their number. */
const MARKS = new Set(["*", "_", "[", "]"]);

function countMarks(text: string): number {
  let count = 0;
  for (const char of text) if (MARKS.has(char)) count++;
  return count;
}

const HEADING = /^#{1,6}(?:[ \t]|$)/u;

const ORDERED = /^(\d+)([.)])$/u;

/**
 * Whether a line surely starts a new paragraph (or heading), given the line before
 * and the first line of the paragraph so far: a bullet item, an ordered item that
 * may interrupt a paragraph (numbered 1, or the next item of the list the paragraph
 * opened), an ATX heading, or a block quote deeper than the line before. Anything
 * else might continue the paragraph lazily, so it is counted with it.
 */
function startsParagraph(line: LinePrefix, previous: LinePrefix | null, first: LinePrefix | null): boolean {
  if (HEADING.test(line.content) || line.quotes > (previous?.quotes ?? 0)) return true;
  const ordered = ORDERED.exec(line.listMarker ?? "");
  if (line.listMarker === null) return false;
  if (ordered === null || ordered[1] === "1") return true;
  return ORDERED.exec(first?.listMarker ?? "")?.[2] === ordered[2];
}

/**
 * Which lines belong to a paragraph with so much emphasis and link markup that
 * micromark would slow down more than linearly on it: more than MAX_INLINE_MARKS
 * marks, or marks × characters over MAX_INLINE_WORK. Paragraphs are estimated
 * generously from the lines (never smaller than they are); fenced code is counted
 * like text, since guessing where it runs could be fooled.
 */
export function inlineHeavyLines(lines: readonly string[]): boolean[] {
  const heavy = lines.map(() => false);
  let start = 0;
  let marks = 0;
  let chars = 0;
  let previous: LinePrefix | null = null;
  let first: LinePrefix | null = null;
  // The paragraph ends before `end`; the next starts at `next` (past a blank line, which belongs to neither).
  const endParagraph = (end: number, next = end): void => {
    if (marks > MAX_INLINE_MARKS || marks * chars > MAX_INLINE_WORK) heavy.fill(true, start, end);
    [start, marks, chars, first] = [next, 0, 0, null];
  };
  lines.forEach((raw, i) => {
    const line = splitPrefix(raw);
    if (/^[ \t]*$/u.test(line.content)) {
      previous = null;
      return endParagraph(i, i + 1);
    }
    if (startsParagraph(line, previous, first)) endParagraph(i);
    first ??= line;
    marks += countMarks(line.content);
    chars += line.content.length;
    previous = line;
    if (HEADING.test(line.content)) endParagraph(i + 1);
  });
  endParagraph(lines.length);
  return heavy;
}
