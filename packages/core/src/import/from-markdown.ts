import type { List, Nodes, RootContent } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { frontmatterFromMarkdown } from "mdast-util-frontmatter";
import { frontmatter } from "micromark-extension-frontmatter";
import { readFrontMatter } from "./front-matter.ts";
import { readHtmlBlocks } from "./from-html.ts";
import { splitHardWrapped } from "./hard-wrap.ts";
import { inlineText } from "./markdown-inline.ts";
import type { DroppedLine, MetadataHints, RawBlock, ReadResult } from "./types.ts";

interface Walk {
  source: string;
  /** Split paragraphs at sentence ends too: only for text with no blank lines, pasted as Markdown. */
  atSentences: boolean;
  blocks: RawBlock[];
  metadata: MetadataHints;
  droppedBefore: DroppedLine[];
}

const paragraphs = (walk: Walk, text: string, prefix = ""): RawBlock[] =>
  splitHardWrapped(`${prefix}${text}`.split("\n"), { atSentences: walk.atSentences }).map((part) => ({ kind: "paragraph", text: part }));

/** An ordered item keeps its own number ("1.", "2)"), read from the source. */
function itemMarker(list: List, item: Nodes, source: string): string {
  const first = "children" in item ? item.children[0] : undefined;
  const from = item.position?.start.offset;
  const to = first?.position?.start.offset;
  if (!list.ordered || from === undefined || to === undefined) return "";
  return `${source.slice(from, to).trim()} `;
}

function visit(node: RootContent, walk: Walk, prefix = ""): void {
  switch (node.type) {
    case "yaml": {
      const front = readFrontMatter(node.value);
      walk.metadata = { ...front.metadata, ...walk.metadata };
      walk.droppedBefore.push(...front.dropped);
      return;
    }
    case "heading":
      walk.blocks.push({ kind: "heading", text: inlineText(node), level: node.depth });
      return;
    case "paragraph":
      walk.blocks.push(...paragraphs(walk, inlineText(node), prefix));
      return;
    case "thematicBreak": {
      const { start, end } = node.position ?? {};
      walk.blocks.push({ kind: "paragraph", text: walk.source.slice(start?.offset ?? 0, end?.offset ?? 0) || "***" });
      return;
    }
    case "code":
      for (const part of node.value.split(/\n\s*\n/u)) walk.blocks.push(...paragraphs(walk, part));
      return;
    case "html":
      walk.blocks.push(...readHtmlBlocks(node.value));
      return;
    case "list":
      for (const item of node.children) {
        item.children.forEach((child, i) => visit(child, walk, i === 0 ? itemMarker(node, item, walk.source) : ""));
      }
      return;
    default:
      if ("children" in node) for (const child of node.children as RootContent[]) visit(child, walk);
  }
}

/**
 * Reads Markdown through mdast: headings keep their level, front matter becomes
 * metadata. A paragraph's line breaks split it only at salutations, numbering and
 * separators, unless the text has no blank line at all (plain text pasted as Markdown).
 */
export function readMarkdown(content: string): ReadResult {
  const source = content.replace(/^\uFEFF/u, "").replace(/\r\n?/gu, "\n");
  const tree = fromMarkdown(source, { extensions: [frontmatter(["yaml"])], mdastExtensions: [frontmatterFromMarkdown(["yaml"])] });
  const bodyStart = tree.children[0]?.type === "yaml" ? (tree.children[0].position?.end.offset ?? 0) : 0;
  const atSentences = !/\n[ \t\u00a0]*\n/u.test(source.slice(bodyStart).trim());
  const walk: Walk = { source, atSentences, blocks: [], metadata: {}, droppedBefore: [] };
  for (const node of tree.children) visit(node, walk);
  return { blocks: walk.blocks, metadata: walk.metadata, droppedBefore: walk.droppedBefore };
}
