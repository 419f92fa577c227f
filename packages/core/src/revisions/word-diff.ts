import { diffWordsWithSpace } from "diff";

/** One run of a word-level diff: text both revisions share, or text only the older (`removed`) or newer (`added`) has. */
export interface WordChange {
  op: "same" | "added" | "removed";
  text: string;
}

/**
 * The word-level changes between two texts of a paragraph, for the diff view: jsdiff's diffWordsWithSpace
 * (words, punctuation and runs of white space as tokens, so nothing is lost), neighbouring runs of one
 * kind merged. The `same` and `removed` runs give back `before` exactly, the `same` and `added` runs `after`.
 */
export function diffWords(before: string, after: string): WordChange[] {
  const changes: WordChange[] = [];
  for (const part of diffWordsWithSpace(before, after)) {
    if (part.value.length === 0) continue;
    const op = part.added ? "added" : part.removed ? "removed" : "same";
    const last = changes.at(-1);
    if (last?.op === op) last.text += part.value;
    else changes.push({ op, text: part.value });
  }
  return changes;
}
