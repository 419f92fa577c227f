import type { BlockKind } from "../model/block.ts";
import type { Link } from "./matching.ts";

/**
 * For each heading (by its position among the headings), the positions among the paragraphs of the
 * paragraphs under it up to the next heading.
 */
export function sectionsOf(kinds: readonly BlockKind[]): number[][] {
  const sections: number[][] = [];
  let paragraph = 0;
  for (const kind of kinds) {
    if (kind === "heading") {
      sections.push([]);
    } else {
      sections.at(-1)?.push(paragraph);
      paragraph++;
    }
  }
  return sections;
}

/**
 * How alike two headings' sections are: Dice over the new paragraphs each one heads, the old
 * section's paragraphs followed to where they went. A renamed heading keeps its paragraphs.
 */
export function sectionSimilarity(
  oldSections: number[][],
  newSections: number[][],
  paragraphLinks: readonly Link[],
): (i: number, j: number) => number {
  const wentTo = new Map<number, number[]>();
  for (const link of paragraphLinks) for (const i of link.old) wentTo.set(i, link.new);
  const followed = oldSections.map((section) => new Set(section.flatMap((i) => wentTo.get(i) ?? [])));
  return (i: number, j: number): number => {
    const before = followed[i]!;
    const after = newSections[j]!;
    if (before.size === 0 || after.length === 0) return 0;
    const shared = after.filter((p) => before.has(p)).length;
    return (2 * shared) / (before.size + after.length);
  };
}
