import type { ImportedBlock } from "../import/types.ts";
import type { CanonicalBlock } from "../model/block.ts";

export interface IdCounters {
  /** The number the next new paragraph ID takes (p{n}). */
  nextParagraph: number;
  /** The number the next new heading ID takes (h{n}). */
  nextHeading: number;
}

/**
 * Gives imported blocks their canonical IDs in reading order: paragraphs p1, p2, …
 * and headings h1, h2, … (or from `start`, so IDs are never reused), a display
 * number for each paragraph (its position among this revision's paragraphs) and
 * the ID of the heading it falls under: for a paragraph the nearest heading above,
 * for a heading the nearest one above it of a higher rank (lower level).
 */
export function assignCanonicalIds(
  blocks: readonly ImportedBlock[],
  start: IdCounters = { nextParagraph: 1, nextHeading: 1 },
): { blocks: CanonicalBlock[] } & IdCounters {
  let { nextParagraph, nextHeading } = start;
  // Open headings, outermost first: a paragraph belongs to the last, a heading to the last one above its level.
  const open: { id: string; level: number }[] = [];
  let number = 0;
  const canonical = blocks.map((block): CanonicalBlock => {
    if (block.kind === "heading") {
      const id = `h${nextHeading++}`;
      const level = block.level ?? 2;
      while ((open.at(-1)?.level ?? 0) >= level) open.pop();
      const heading: CanonicalBlock = { id, kind: "heading", number: null, section: open.at(-1)?.id ?? null, text: block.text };
      if (block.level !== undefined) heading.level = block.level;
      open.push({ id, level });
      return heading;
    }
    number += 1;
    return { id: `p${nextParagraph++}`, kind: "paragraph", number, section: open.at(-1)?.id ?? null, text: block.text };
  });
  return { blocks: canonical, nextParagraph, nextHeading };
}
