import { looksLikeHeading } from "./heading-detect.ts";
import { dateOnly } from "./date-hint.ts";
import { isSalutation } from "./salutation.ts";
import { isSeparator } from "./separator.ts";
import { endsSentence, startsSentence } from "./sentence.ts";
import { parsePlaceDate, TITLE_START } from "./title-parse.ts";

const NUMBERING = /^(?:\d{1,3}[.)]|\(\d{1,3}\)|\([a-z]{1,4}\)|[a-z][.)]|[IVXLC]{1,6}\.|[-•*])\s/u;

/** "2023-12-07 13:00" or "Vienna, 22-26 May 2023": a preamble line of its own. */
const isDateLine = (line: string): boolean => dateOnly(line) !== null || parsePlaceDate(line) !== null;

const indentOf = (line: string): number => /^\s*/u.exec(line)?.[0].length ?? 0;

/** The indentation most lines share (the smallest on a tie): the body of the text. */
function bodyIndent(lines: readonly string[]): number {
  const counts = new Map<number, number>();
  for (const line of lines) counts.set(indentOf(line), (counts.get(indentOf(line)) ?? 0) + 1);
  let best = 0;
  let bestCount = -1;
  for (const [indent, count] of [...counts].sort((a, b) => a[0] - b[0])) {
    if (count > bestCount) [best, bestCount] = [indent, count];
  }
  return best;
}

export interface HardWrapOptions {
  /** Also split where a line ends a sentence (or a title line) and the next starts a new one. Default true. */
  atSentences?: boolean;
}

interface BreakContext {
  atSentences: boolean;
  prev: string;
  next: string;
  prevStartsBlock: boolean;
  /** The first line of the paragraph being joined. */
  first: string;
  body: number;
  longest: number;
}

/** A line of running text: it holds a sentence end (not an abbreviation's dot) or opens like a speech. */
const OPENS_SPEECH =
  /^(?:(?:Mr\.?|Madam|Madame|Monsieur(?: le)?|Madame la|Señor|Señora)\s+(?:President|Chair|Président|Présidente|Presidente|Presidenta)|Excellenc|Thank you|I thank|Let me|Allow me|At the outset|I have the hono)/u;
function readsAsRunningText(line: string): boolean {
  const plain = line.replace(/\b(?:Mrs|Messrs|Excellency|etc|Amb|Sra|Srta|Mme|Mlle|Dra)\./gu, "");
  return /\p{Ll}{2}[.!?](?:\s|$)/u.test(plain) || OPENS_SPEECH.test(line);
}

function startsNewParagraph({ atSentences, prev, next, prevStartsBlock, first, body, longest }: BreakContext): boolean {
  const prevText = prev.trim();
  const nextText = next.trim();
  if ([prevText, nextText].some((line) => isSalutation(line) || isSeparator(line))) return true;
  if (NUMBERING.test(nextText)) return true;
  if (indentOf(next) > body && indentOf(next) !== indentOf(prev)) return true;
  if (!atSentences) return false;
  if ([prevText, nextText].some(isDateLine) || /^(?:(?:to be|as)\s+)?delivered by\s/iu.test(nextText)) return true;
  if (!startsSentence(nextText)) return false;
  if (endsSentence(prevText)) return true;
  // A title wrapped over lines ("Statement by … at the / Open Debate on …") ends where the speech begins.
  if (TITLE_START.test(first.trim()) && readsAsRunningText(nextText)) return true;
  // A short title-like line standing at the start of a block is a heading over the text below.
  return prevStartsBlock && prevText.length < longest * 0.6 && looksLikeHeading(prevText);
}

/** The longest trimmed line, by a loop: spreading a million lengths into Math.max overflows the stack. */
function longestLine(lines: readonly string[]): number {
  let longest = -Infinity;
  for (const line of lines) longest = Math.max(longest, line.trim().length);
  return longest;
}

/**
 * One paragraph's lines being joined. Only the last few characters are tested for
 * a split word: testing the whole growing text on every line made long runs quadratic.
 */
class JoinedLines {
  private text: string;
  private tail: string;

  constructor(first: string) {
    this.text = first;
    this.tail = first.slice(-3);
  }

  add(line: string): void {
    const text = line.trim();
    // A word split by a hyphen at the end of a line keeps its hyphen but loses the break.
    const joint = /\p{L}-$/u.test(this.tail) && /^\p{Ll}/u.test(text) ? text : `\n${text}`;
    this.text += joint;
    this.tail = (this.tail + joint).slice(-3);
  }

  toString(): string {
    return this.text;
  }
}

/**
 * Splits one run of lines with no blank line between them into paragraphs:
 * wrapped lines are joined (with "\n", folded later), and a new paragraph starts
 * after a sentence end before a capital, at numbering or indentation, and around
 * a salutation line.
 */
export function splitHardWrapped(lines: readonly string[], { atSentences = true }: HardWrapOptions = {}): string[] {
  const paragraphs: string[] = [];
  const body = bodyIndent(lines);
  const longest = longestLine(lines);
  let current: JoinedLines | null = null;
  let currentLines = 0;
  let first = "";
  let prev = "";
  for (const line of lines) {
    if (
      current !== null &&
      !startsNewParagraph({ atSentences, prev, next: line, prevStartsBlock: currentLines === 1, first, body, longest })
    ) {
      current.add(line);
      currentLines += 1;
    } else {
      if (current !== null) paragraphs.push(current.toString());
      current = new JoinedLines(line.trim());
      currentLines = 1;
      first = line;
    }
    prev = line;
  }
  if (current !== null) paragraphs.push(current.toString());
  return paragraphs;
}
