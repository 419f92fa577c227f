import type { Annotation } from "@verbatim/contract";

/** Display numbers (¶) by canonical ID, in the current revision. */
export type ParagraphNumbers = ReadonlyMap<string, number | null>;

export function paragraphNumbers(blocks: readonly { id: string; number: number | null }[]): ParagraphNumbers {
  return new Map(blocks.map((b) => [b.id, b.number]));
}

const numberOf = (numbers: ParagraphNumbers, id: string): string => {
  const n = numbers.get(id);
  return n === undefined || n === null ? "" : String(n);
};

/**
 * Where an annotation is: "¶7 · p7", across paragraphs "¶7–9 · p7–p9". The ¶ number is the paragraph's place
 * in this revision, the ID its canonical name; a paragraph the current text no longer has shows its ID only.
 */
export function paragraphLabel(target: Annotation["target"], numbers: ParagraphNumbers): string {
  const first = target.paragraphId;
  const last = target.endParagraphId && target.endParagraphId !== first ? target.endParagraphId : null;
  const from = numberOf(numbers, first);
  const to = last ? numberOf(numbers, last) : "";
  const ids = last ? `${first}–${last}` : first;
  if (!from) return `${ids} (not in the current text)`;
  if (last && !to) return `¶${from} · ${ids}`;
  return `¶${from}${last ? `–${to}` : ""} · ${ids}`;
}
