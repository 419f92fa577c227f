import { readFrontMatter, splitFrontMatter } from "./front-matter.ts";
import { splitHardWrapped } from "./hard-wrap.ts";
import type { RawBlock, ReadResult } from "./types.ts";

/** Runs of lines between blank lines (a line of only no-break spaces is blank too). */
export function groupLines(lines: readonly string[]): string[][] {
  const groups: string[][] = [];
  let current: string[] = [];
  for (const line of lines) {
    if (line.trim() === "") {
      if (current.length > 0) groups.push(current);
      current = [];
    } else current.push(line);
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

/**
 * Reads plain text: front matter if any, then paragraphs between blank lines,
 * each split further where hard wrapping hid paragraph breaks. Joined lines keep
 * their "\n" so the clean-up can still drop menu lines run into the text.
 */
export function readText(content: string): ReadResult {
  const { yaml, body } = splitFrontMatter(content.replace(/^\uFEFF/u, "").replace(/\r\n?/gu, "\n"));
  const front = yaml === null ? { metadata: {}, dropped: [] } : readFrontMatter(yaml);
  const blocks = groupLines(body.split("\n"))
    .flatMap((lines) => splitHardWrapped(lines))
    .map((text): RawBlock => ({ kind: "paragraph", text }));
  return { blocks, metadata: front.metadata, droppedBefore: front.dropped };
}
