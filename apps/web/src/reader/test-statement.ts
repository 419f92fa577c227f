import { getSchema } from "@tiptap/core";
import type { Node as PmNode } from "@tiptap/pm/model";
import { indexBlocks } from "./block-index.ts";
import { canonicalNodes } from "./canonical-nodes.ts";
import { statementToDoc, type StatementBlock } from "./statement-doc.ts";

/** A short statement with a heading, a paragraph with a character outside the BMP, and a closing line. */
export const TEST_BLOCKS: StatementBlock[] = [
  { id: "h1", number: null, kind: "heading", level: 1, section: null, text: "Opening remarks" },
  { id: "p1", number: 1, kind: "paragraph", section: "Opening remarks", text: "Mr. President," },
  {
    id: "p2",
    number: 2,
    kind: "paragraph",
    section: "Opening remarks",
    text: "We welcome resolution 74/247 and reaffirm UNTOC 🌍 as the basis.",
  },
  { id: "h2", number: null, kind: "heading", level: 2, section: null, text: "Commitments" },
  { id: "p3", number: 3, kind: "paragraph", section: "Commitments", text: "We will contribute USD 2 million." },
];

export function testDoc(blocks: readonly StatementBlock[] = TEST_BLOCKS): PmNode {
  const schema = getSchema(canonicalNodes({ slug: "test", onCopyReference: () => Promise.resolve(false) }));
  return schema.nodeFromJSON(statementToDoc(blocks));
}

/** The document position of an offset in a block's text. */
export function positionIn(doc: PmNode, blockId: string, offset: number): number {
  const index = indexBlocks(doc);
  const block = index.blocks[index.byId.get(blockId) ?? -1];
  if (!block) throw new Error(`no block ${blockId}`);
  return block.from + offset;
}
