/** A word of a text, folded for matching names, with where it stands in the text (UTF-16 offsets). */
export interface NameToken {
  word: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+/gu;
const MARKS = /\p{M}+/gu;

/** Folds a word as names are compared: case, accents (Mérida), British spelling (Organised → organized). */
function fold(word: string): string {
  const lower = word.normalize("NFD").replace(MARKS, "").toLowerCase();
  return lower.replace(/is(e|ed|es|ing|ation|ations)$/u, "iz$1");
}

/**
 * The words of a text, folded, with "United Nations" read as "un" (so "UN Convention against Corruption" and
 * "United Nations Convention against Corruption" are one name). Hyphens, punctuation and brackets separate words.
 */
export function nameTokens(text: string): NameToken[] {
  const tokens: NameToken[] = [];
  for (const match of text.matchAll(WORD)) {
    const word = fold(match[0]);
    const start = match.index;
    const previous = tokens[tokens.length - 1];
    if (word === "nations" && previous?.word === "united") {
      tokens[tokens.length - 1] = { word: "un", start: previous.start, end: start + match[0].length };
      continue;
    }
    tokens.push({ word, start, end: start + match[0].length });
  }
  return tokens;
}
