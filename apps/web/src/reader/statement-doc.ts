import type { JSONContent } from "@tiptap/core";
import type { Block } from "@verbatim/contract";
import type { z } from "zod";

export type StatementBlock = z.infer<typeof Block>;

export const PARAGRAPH_NODE = "canonicalParagraph";
export const HEADING_NODE = "canonicalHeading";

/** A statement heading of level 1 is the page's second level: the statement's title is the h1. */
export function headingTag(level: number | undefined): 2 | 3 | 4 | 5 | 6 {
  const tag = (level ?? 1) + 1;
  return Math.min(6, Math.max(2, tag)) as 2 | 3 | 4 | 5 | 6;
}

/**
 * The reader's document: one node per canonical block, in order, holding the block's text exactly, so a
 * position in the document maps to a UTF-16 offset in the canonical text (ProseMirror counts text in UTF-16
 * units too). Nothing else goes inside a block: no marks, no inline nodes.
 */
export function statementToDoc(blocks: readonly StatementBlock[]): JSONContent {
  return { type: "doc", content: blocks.map(blockToNode) };
}

function blockToNode(block: StatementBlock): JSONContent {
  // ProseMirror has no empty text nodes; an empty block is a node without content.
  const content: JSONContent[] = block.text === "" ? [] : [{ type: "text", text: block.text }];
  if (block.kind === "heading") {
    return { type: HEADING_NODE, attrs: { id: block.id, level: headingTag(block.level) }, content };
  }
  return { type: PARAGRAPH_NODE, attrs: { id: block.id, number: block.number }, content };
}
