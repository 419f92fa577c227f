import { describe, expect, it } from "vitest";
import { alignRevision } from "./align-revision.ts";
import type { PreviousBlock } from "./types.ts";

const texts = [
  "The Group reaffirms its commitment to the United Nations Convention against Corruption.",
  "We welcome the progress made by the Implementation Review Mechanism in its second cycle.",
  "Illicit financial flows deprive developing countries of resources needed for development.",
  "We call for the return of stolen assets to their countries of origin without conditions.",
  "Thank you.",
];
const old: PreviousBlock[] = [
  { id: "h1", kind: "heading", text: "Corruption", level: 2 },
  ...texts.map((text, i): PreviousBlock => ({ id: `p${i + 1}`, kind: "paragraph", text })),
];
const imported = (...blocks: string[]) =>
  blocks.map((text) =>
    text.startsWith("# ") ? { kind: "heading" as const, text: text.slice(2), level: 2 } : { kind: "paragraph" as const, text },
  );
const counters = { nextParagraph: 9, nextHeading: 4 };

describe("alignRevision", () => {
  it("takes new numbers from the counters, so retired IDs are never reused", () => {
    const result = alignRevision(
      old,
      imported("# Corruption", texts[0]!, "A new paragraph on beneficial ownership.", ...texts.slice(2)),
      counters,
    );
    expect(result.blocks.map((b) => b.id)).toEqual(["h1", "p1", "p9", "p3", "p4", "p5"]);
    expect(result.changes.filter((c) => c.fate !== "unchanged")).toEqual([
      { id: "p9", kind: "paragraph", fate: "inserted" },
      { id: "p2", kind: "paragraph", fate: "deleted" },
    ]);
    expect([result.nextParagraph, result.nextHeading]).toEqual([10, 4]);
    expect(result.successors).toMatchObject({ p1: ["p1"], p2: [] });
  });

  it("never gives a heading a paragraph's ID, even with the same text", () => {
    // The new heading heads the old heading's paragraphs, so it is that heading renamed: h1.
    const result = alignRevision(old, imported("# Thank you.", "Corruption", ...texts.slice(0, 4)), counters);
    expect(result.blocks.map((b) => b.id)).toEqual(["h1", "p9", "p1", "p2", "p3", "p4"]);
    expect(result.changes.find((c) => c.id === "p5")?.fate).toBe("deleted");
  });

  it("keeps the order of repeated lines", () => {
    const repeated: PreviousBlock[] = ["Thank you.", texts[0]!, "Thank you."].map((text, i) => ({
      id: `p${i + 1}`,
      kind: "paragraph",
      text,
    }));
    const result = alignRevision(repeated, imported("Thank you.", texts[0]!, "Thank you."), counters);
    expect(result.changes.map((c) => `${c.id} ${c.fate}`)).toEqual(["p1 unchanged", "p2 unchanged", "p3 unchanged"]);
  });

  it("moves a paragraph that changed place, and keeps its ID", () => {
    const result = alignRevision(old, imported("# Corruption", texts[3]!, ...texts.slice(0, 3), texts[4]!), counters);
    expect(result.blocks.map((b) => b.id)).toEqual(["h1", "p4", "p1", "p2", "p3", "p5"]);
    expect(result.changes.find((c) => c.id === "p4")?.fate).toBe("moved");
  });

  it("follows a merge: the first ID survives, the other retires into it", () => {
    const result = alignRevision(old, imported("# Corruption", texts[0]!, `${texts[1]} ${texts[2]}`, texts[3]!, texts[4]!), counters);
    expect(result.blocks.map((b) => b.id)).toEqual(["h1", "p1", "p2", "p4", "p5"]);
    expect(result.successors).toMatchObject({ p2: ["p2"], p3: ["p2"] });
    expect(result.changes.filter((c) => c.fate === "merged")).toEqual([
      { id: "p2", kind: "paragraph", fate: "merged", from: ["p2", "p3"] },
      { id: "p3", kind: "paragraph", fate: "merged", into: ["p2"] },
    ]);
  });

  it("gives display numbers and sections as a first import does", () => {
    const result = alignRevision(old, imported("Madam Chair,", "# Fighting corruption", ...texts), counters);
    expect(result.blocks.slice(0, 3).map((b) => [b.id, b.number, b.section])).toEqual([
      ["p9", 1, null],
      ["h1", null, null],
      ["p1", 2, "h1"],
    ]);
  });

  it("handles empty revisions", () => {
    expect(alignRevision([], [], counters)).toEqual({ blocks: [], changes: [], successors: {}, ...counters });
    expect(alignRevision(old, [], counters).changes.every((c) => c.fate === "deleted")).toBe(true);
  });
});
