import { describe, expect, it } from "vitest";
import { indexBlocks } from "./block-index.ts";
import { headingTag, statementToDoc } from "./statement-doc.ts";
import { TEST_BLOCKS, testDoc } from "./test-statement.ts";

describe("statementToDoc", () => {
  it("makes one node per block, in order, with its canonical ID and exact text", () => {
    const json = statementToDoc(TEST_BLOCKS);
    expect(json.content?.map((n) => [n.type, n.attrs?.id])).toEqual([
      ["canonicalHeading", "h1"],
      ["canonicalParagraph", "p1"],
      ["canonicalParagraph", "p2"],
      ["canonicalHeading", "h2"],
      ["canonicalParagraph", "p3"],
    ]);
    expect(json.content?.[2]).toEqual({
      type: "canonicalParagraph",
      attrs: { id: "p2", number: 2 },
      content: [{ type: "text", text: TEST_BLOCKS[2]?.text }],
    });
  });

  it("gives an empty block no text node, which ProseMirror does not allow", () => {
    const json = statementToDoc([{ id: "p1", number: 1, kind: "paragraph", section: null, text: "" }]);
    expect(json.content?.[0]?.content).toEqual([]);
  });

  it("builds a valid document whose blocks hold the canonical text, offsets in UTF-16 units", () => {
    const doc = testDoc();
    doc.check();
    const index = indexBlocks(doc);
    expect(index.blocks.map((b) => [b.id, b.kind, b.text])).toEqual(TEST_BLOCKS.map((b) => [b.id, b.kind, b.text]));
    for (const block of index.blocks) expect(block.to - block.from).toBe(block.text.length);
  });

  it("maps statement heading levels below the page title", () => {
    expect([headingTag(undefined), headingTag(1), headingTag(2), headingTag(9), headingTag(0)]).toEqual([2, 2, 3, 6, 2]);
  });
});
