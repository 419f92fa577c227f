import type { List, Nodes, RootContent } from "mdast";
import { readFrontMatter } from "./front-matter.ts";
import { readHtmlBlocks } from "./from-html.ts";
import { groupLines } from "./from-text.ts";
import { splitHardWrapped } from "./hard-wrap.ts";
import { inlineText } from "./markdown-inline.ts";
import type { DroppedLine, MetadataHints, RawBlock } from "./types.ts";

export interface Walk {
  /** Split paragraphs at sentence ends too: only for text with no blank lines, pasted as Markdown. */
  atSentences: boolean;
  blocks: RawBlock[];
  metadata: MetadataHints;
  droppedBefore: DroppedLine[];
}

/** Appends one by one: spreading a long list into push() overflows the stack. */
function append<T>(into: T[], items: readonly T[]): void {
  for (const item of items) into.push(item);
}

export function paragraphs(walk: Walk, text: string, prefix = ""): RawBlock[] {
  return splitHardWrapped(`${prefix}${text}`.split("\n"), { atSentences: walk.atSentences }).map((part) => ({
    kind: "paragraph",
    text: part,
  }));
}

/** An ordered item keeps its own number ("1.", "2)"), read from the source. */
function itemMarker(list: List, item: Nodes, source: string): string {
  const first = "children" in item ? item.children[0] : undefined;
  const from = item.position?.start.offset;
  const to = first?.position?.start.offset;
  if (!list.ordered || from === undefined || to === undefined) return "";
  return `${source.slice(from, to).trim()} `;
}

interface Visit {
  node: RootContent;
  /** The item's number, for the first block of an ordered list item. */
  prefix: string;
}

/**
 * Turns mdast nodes into raw blocks in reading order: block quotes and lists are
 * flattened, front matter becomes metadata. Walked with a stack, not recursion:
 * quotes and lists nest as deep as the text allows.
 */
export function walkNodes(nodes: readonly RootContent[], source: string, walk: Walk): void {
  const stack: Visit[] = [];
  const visitNext = (visits: Visit[]): void => {
    for (let i = visits.length - 1; i >= 0; i--) stack.push(visits[i] as Visit);
  };
  visitNext(nodes.map((node) => ({ node, prefix: "" })));
  for (let visit = stack.pop(); visit !== undefined; visit = stack.pop()) {
    const { node, prefix } = visit;
    switch (node.type) {
      case "yaml": {
        const front = readFrontMatter(node.value);
        walk.metadata = { ...front.metadata, ...walk.metadata };
        append(walk.droppedBefore, front.dropped);
        break;
      }
      case "heading":
        walk.blocks.push({ kind: "heading", text: inlineText(node), level: node.depth });
        break;
      case "paragraph":
        append(walk.blocks, paragraphs(walk, inlineText(node), prefix));
        break;
      case "thematicBreak": {
        const { start, end } = node.position ?? {};
        walk.blocks.push({ kind: "paragraph", text: source.slice(start?.offset ?? 0, end?.offset ?? 0) || "***" });
        break;
      }
      case "code":
        for (const part of node.value.split(/\n\s*\n/u)) append(walk.blocks, paragraphs(walk, part));
        break;
      case "html":
        append(walk.blocks, readHtmlBlocks(node.value));
        break;
      case "list":
        visitNext(
          node.children.flatMap((item) =>
            item.children.map((child, i): Visit => ({ node: child, prefix: i === 0 ? itemMarker(node, item, source) : "" })),
          ),
        );
        break;
      default:
        if ("children" in node) visitNext((node.children as RootContent[]).map((child) => ({ node: child, prefix: "" })));
    }
  }
}

/** Markdown too convoluted to parse in time, read as plain text: paragraphs between blank lines, markup kept. */
export function walkText(source: string, walk: Walk): void {
  for (const lines of groupLines(source.split("\n"))) append(walk.blocks, paragraphs(walk, lines.join("\n")));
}
