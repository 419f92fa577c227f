import { describe, expect, it } from "vitest";
import type { ImportedBlock } from "../import/types.ts";
import { assignCanonicalIds } from "./assign-canonical-ids.ts";

const blocks: ImportedBlock[] = [
  { kind: "paragraph", text: "Madam Chairperson," },
  { kind: "heading", text: "Corruption", level: 2 },
  { kind: "paragraph", text: "The Group acknowledges UNCAC." },
  { kind: "heading", text: "Terrorism", level: 3 },
  { kind: "paragraph", text: "The Group condemns terrorism." },
];

describe("assignCanonicalIds", () => {
  it("numbers paragraphs and headings apart and links each block to its section", () => {
    expect(assignCanonicalIds(blocks)).toEqual({
      blocks: [
        { id: "p1", kind: "paragraph", number: 1, section: null, text: "Madam Chairperson," },
        { id: "h1", kind: "heading", number: null, level: 2, section: null, text: "Corruption" },
        { id: "p2", kind: "paragraph", number: 2, section: "h1", text: "The Group acknowledges UNCAC." },
        { id: "h2", kind: "heading", number: null, level: 3, section: "h1", text: "Terrorism" },
        { id: "p3", kind: "paragraph", number: 3, section: "h2", text: "The Group condemns terrorism." },
      ],
      nextParagraph: 4,
      nextHeading: 3,
    });
  });

  it("continues from the next free numbers while display numbers start at 1", () => {
    const result = assignCanonicalIds(blocks.slice(1, 3), { nextParagraph: 8, nextHeading: 5 });
    expect(result.blocks.map((b) => [b.id, b.number, b.section])).toEqual([
      ["h5", null, null],
      ["p8", 1, "h5"],
    ]);
    expect([result.nextParagraph, result.nextHeading]).toEqual([9, 6]);
  });

  it("gives a heading the heading of higher rank above it as its section", () => {
    const nested: ImportedBlock[] = [
      { kind: "heading", text: "Crime", level: 2 },
      { kind: "heading", text: "Terrorism", level: 3 },
      { kind: "heading", text: "Cybercrime", level: 3 },
      { kind: "paragraph", text: "We welcome the convention." },
      { kind: "heading", text: "Drugs", level: 2 },
    ];
    expect(assignCanonicalIds(nested).blocks.map((b) => [b.id, b.section])).toEqual([
      ["h1", null],
      ["h2", "h1"],
      ["h3", "h1"],
      ["p1", "h3"],
      ["h4", null],
    ]);
  });

  it("handles no blocks", () => {
    expect(assignCanonicalIds([])).toEqual({ blocks: [], nextParagraph: 1, nextHeading: 1 });
  });
});
