import { MAX_MARKDOWN_CONTAINED_LINES, MAX_MARKDOWN_PARAGRAPH_WORK } from "./import-limits.ts";
import { capContainerPrefix, hasMarker, splitPrefix, startsWithQuote } from "./markdown-prefix.ts";

const isBlank = (line: string): boolean => /^[ \t]*$/u.test(line);

// A sentence ends on a line and the next starts one: where the paragraph reader splits anyway.
const ENDS_SENTENCE = /[.!?:\u2026]["'\u201d\u2019\u00bb)\]]*[ \t]*$/u;
const STARTS_SENTENCE = /^["'\u201c\u2018\u00ab(]?[\p{Lu}\p{Lt}\d]/u;

/** Characters at which micromark ends a run of text, to try inline markup there. */
const INLINE_MARKS = new Set([..."!&*<[\\]_`"]);

function countInlineMarks(text: string): number {
  let count = 0;
  for (const char of text) if (INLINE_MARKS.has(char)) count++;
  return count;
}

/** The paragraph being read: its lines and inline marks, and whether a quote or list may hold it. */
interface Run {
  lines: number;
  marks: number;
  contained: boolean;
  lastContent: string;
}

const newRun = (): Run => ({ lines: 0, marks: 0, contained: false, lastContent: "" });

/**
 * Whether to end the paragraph before `line` with a blank line: a paragraph that a
 * quote or list may hold, before a line that might continue it lazily, after
 * MAX_MARKDOWN_CONTAINED_LINES; any paragraph past MAX_MARKDOWN_PARAGRAPH_WORK, at
 * a sentence end, or anywhere past four times it.
 */
function breaksBefore(run: Run, line: string): boolean {
  if (run.contained && run.lines >= MAX_MARKDOWN_CONTAINED_LINES && !startsWithQuote(line)) return true;
  const work = run.lines * (run.lines + run.marks);
  if (work < MAX_MARKDOWN_PARAGRAPH_WORK) return false;
  const atSentence = ENDS_SENTENCE.test(run.lastContent) && STARTS_SENTENCE.test(splitPrefix(line).content);
  return atSentence || work >= 4 * MAX_MARKDOWN_PARAGRAPH_WORK;
}

/**
 * Makes Markdown lines safe for micromark, whose time grows with each line's
 * nesting and, per paragraph, with the paragraph's lines (inside a block quote or
 * list, with its lazy lines especially): every line's container prefix is capped
 * (capContainerPrefix), and a long paragraph gets a blank line (breaksBefore).
 * Fenced code is guarded like the rest: guessing where it runs could be fooled,
 * and only code of thousands of lines or dozens of ">" is touched.
 */
export function guardMarkdownLines(lines: readonly string[]): string[] {
  const guarded: string[] = [];
  // A list item may still be open: indented lines may continue it.
  let listOpen = false;
  let afterBlank = true;
  let run = newRun();
  for (const line of lines) {
    if (isBlank(line)) {
      guarded.push(line);
      afterBlank = true;
      run = newRun();
      continue;
    }
    const capped = capContainerPrefix(line);
    const marked = hasMarker(capped);
    if (afterBlank && /^[^ \t]/u.test(capped) && !marked) listOpen = false;
    if (breaksBefore(run, capped)) {
      guarded.push("");
      run = newRun();
    }
    listOpen ||= marked && !startsWithQuote(capped);
    afterBlank = false;
    guarded.push(capped);
    const content = splitPrefix(capped).content;
    // A line of only quote marks ends the paragraph inside the quote, as a blank line would.
    if (isBlank(content) && startsWithQuote(capped)) {
      run = newRun();
      continue;
    }
    run.contained ||= marked || (run.lines === 0 && listOpen && /^[ \t]/u.test(capped));
    run.lines += 1;
    run.lastContent = content;
    run.marks += countInlineMarks(content);
  }
  return guarded;
}
