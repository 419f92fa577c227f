/** A span of characters in one paragraph (UTF-16 offsets, as targets have them). */
export interface WordSpan {
  start: number;
  end: number;
}

/** Letters and digits, with the apostrophes and hyphens inside a word: punctuation next to a word is not part of it. */
const WORD = /[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*/gu;

export function wordsOf(text: string): WordSpan[] {
  return [...text.matchAll(WORD)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/**
 * ← and →: the word before or after the selection, alone. With nothing selected, the first word (→) or the
 * last (←).
 */
export function moveWord(text: string, selection: WordSpan | null, step: 1 | -1): WordSpan | null {
  const words = wordsOf(text);
  if (words.length === 0) return null;
  if (!selection) return step === 1 ? words[0]! : words[words.length - 1]!;
  const next = step === 1 ? words.find((w) => w.start >= selection.end) : [...words].reverse().find((w) => w.end <= selection.start);
  return next ?? selection;
}

/** Shift+→ takes in the next word; Shift+← gives back the last one, keeping at least the first. */
export function extendWord(text: string, selection: WordSpan | null, step: 1 | -1): WordSpan | null {
  if (!selection) return moveWord(text, null, step);
  const words = wordsOf(text);
  if (step === 1) {
    const next = words.find((w) => w.start >= selection.end);
    return next ? { start: selection.start, end: next.end } : selection;
  }
  const inside = words.filter((w) => w.start >= selection.start && w.end <= selection.end);
  const before = inside[inside.length - 2];
  return before ? { start: selection.start, end: before.end } : selection;
}

/** A span with the blank at either edge left out (a mouse selection often takes a space along). */
export function trimSpan(text: string, span: WordSpan): WordSpan | null {
  let { start, end } = span;
  while (start < end && /\s/u.test(text[start]!)) start += 1;
  while (end > start && /\s/u.test(text[end - 1]!)) end -= 1;
  return start < end ? { start, end } : null;
}
