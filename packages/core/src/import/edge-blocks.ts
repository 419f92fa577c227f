import { stripEdges } from "./boilerplate.ts";
import { normaliseText } from "./normalise-text.ts";
import type { DroppedLine, RawBlock } from "./types.ts";

export interface EdgeBlocks {
  kept: RawBlock[];
  top: DroppedLine[];
  bottom: DroppedLine[];
}

interface Line {
  block: number;
  text: string;
}

/**
 * Drops boilerplate lines off the top and the bottom, line by line across the
 * blocks, so a page's menu or share lines that ran into the speech without a
 * blank line between are dropped too while the speech lines of that block stay.
 */
export function stripEdgeBlocks(blocks: readonly RawBlock[]): EdgeBlocks {
  const lines: Line[] = [];
  const lineCounts: number[] = [];
  blocks.forEach((block, i) => {
    const own = block.text.split("\n").filter((text) => normaliseText(text) !== "");
    lineCounts.push(own.length);
    for (const text of own) lines.push({ block: i, text });
  });
  const { kept, top, bottom } = stripEdges(lines, (line) => line.text);
  const dropped = (list: typeof top): DroppedLine[] => list.map(({ item, reason }) => ({ text: normaliseText(item.text), reason }));
  // Kept lines grouped by block in one pass: filtering all lines once per block was quadratic.
  const keptByBlock = new Map<number, string[]>();
  for (const line of kept) {
    const own = keptByBlock.get(line.block);
    if (own) own.push(line.text);
    else keptByBlock.set(line.block, [line.text]);
  }
  const keptBlocks = blocks.flatMap((block, i): RawBlock[] => {
    const own = keptByBlock.get(i) ?? [];
    if (own.length === 0) return [];
    return [own.length === lineCounts[i] ? block : { ...block, text: own.join("\n") }];
  });
  return { kept: keptBlocks, top: dropped(top), bottom: dropped(bottom) };
}
