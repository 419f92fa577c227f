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
  const lines: Line[] = blocks.flatMap((block, i) =>
    block.text
      .split("\n")
      .filter((text) => normaliseText(text) !== "")
      .map((text) => ({ block: i, text })),
  );
  const { kept, top, bottom } = stripEdges(lines, (line) => line.text);
  const dropped = (list: typeof top): DroppedLine[] => list.map(({ item, reason }) => ({ text: normaliseText(item.text), reason }));
  const keptBlocks = blocks.flatMap((block, i): RawBlock[] => {
    const own = kept.filter((line) => line.block === i).map((line) => line.text);
    const whole = own.length === block.text.split("\n").filter((text) => normaliseText(text) !== "").length;
    if (own.length === 0) return [];
    return [whole ? block : { ...block, text: own.join("\n") }];
  });
  return { kept: keptBlocks, top: dropped(top), bottom: dropped(bottom) };
}
