import { inlineHeavyLines } from "./markdown-inline-weight.ts";
import { guardMarkdownLines } from "./markdown-line-guard.ts";
import { type MarkdownPart, parseMarkdownParts } from "./markdown-parts.ts";
import { type Walk, walkNodes, walkText } from "./markdown-walk.ts";
import type { ReadResult } from "./types.ts";

const FENCE_LINE = /^---[ \t]*$/u;

/** Lines of YAML front matter at the start, fences included, as micromark reads them (0 when there is none). */
function frontMatterLines(lines: readonly string[]): number {
  if (!FENCE_LINE.test(lines[0] ?? "")) return 0;
  const close = lines.findIndex((line, i) => i > 0 && FENCE_LINE.test(line));
  return close === -1 ? 0 : close + 1;
}

/** The front matter as the yaml node micromark would make of it, without running a megabyte of it through micromark. */
function frontMatterPart(lines: readonly string[], count: number): MarkdownPart {
  const source = lines.slice(0, count).join("\n");
  const last = lines[count - 1] ?? "";
  const position = {
    start: { line: 1, column: 1, offset: 0 },
    end: { line: count, column: last.length + 1, offset: source.length },
  };
  return { source, nodes: [{ type: "yaml", value: lines.slice(1, count - 1).join("\n"), position }] };
}

/**
 * Takes front matter apart and parses the body in guarded parts (see
 * guardMarkdownLines and parseMarkdownParts), so no shape of text makes
 * micromark slow down more than linearly.
 */
function parseGuarded(source: string): MarkdownPart[] {
  const lines = source.split("\n");
  const front = frontMatterLines(lines);
  const body = guardMarkdownLines(front === 0 ? lines : lines.slice(front));
  const parts = parseMarkdownParts(body, inlineHeavyLines(body), front === 0);
  return front === 0 ? parts : [frontMatterPart(lines, front), ...parts];
}

/**
 * Reads Markdown through mdast: headings keep their level, front matter becomes
 * metadata. A paragraph's line breaks split it only at salutations, numbering and
 * separators, unless the text has no blank line at all (plain text pasted as Markdown).
 */
export function readMarkdown(content: string): ReadResult {
  const source = content.replace(/^\uFEFF/u, "").replace(/\r\n?/gu, "\n");
  const parts = parseGuarded(source);
  const first = parts[0]?.nodes?.[0];
  const bodyStart = first?.type === "yaml" ? (first.position?.end.offset ?? 0) : 0;
  const atSentences = !/\n[ \t\u00a0]*\n/u.test(source.slice(bodyStart).trim());
  const walk: Walk = { atSentences, blocks: [], metadata: {}, droppedBefore: [] };
  for (const part of parts) {
    if (part.nodes === null) walkText(part.source, walk);
    else walkNodes(part.nodes, part.source, walk);
  }
  return { blocks: walk.blocks, metadata: walk.metadata, droppedBefore: walk.droppedBefore };
}
