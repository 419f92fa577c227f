import { describe, expect, it } from "vitest";
import { parseGoldStatement } from "./gold-labels.ts";
import { sameTarget } from "./gold-score.ts";
import { TEST_INSTRUMENTS } from "./test-instruments.ts";

describe("parseGoldStatement", () => {
  it("reads the header, the paragraphs and nested labels with their spans", () => {
    const gold = parseGoldStatement(
      "x",
      "delegation: Norway\nonBehalfOf:\nforum: CCPCJ\n---\nFirst.\n\n[[pos welcomes|We welcome [[ref UNTOC|UNTOC]]]] today.\n",
    );
    expect(gold).toMatchObject({ delegation: "Norway", onBehalfOf: null, forum: "CCPCJ" });
    expect(gold.paragraphs).toEqual([
      { id: "p1", text: "First." },
      { id: "p2", text: "We welcome UNTOC today." },
    ]);
    expect(gold.labels).toEqual([
      { kind: "cross-reference", value: "UNTOC", paragraph: 1, start: 11, end: 16 },
      { kind: "position", value: "welcomes", paragraph: 1, start: 0, end: 16 },
    ]);
  });

  it("refuses a label it cannot read", () => {
    expect(() => parseGoldStatement("x", "---\n[[pos welcomes|unclosed")).toThrow(/unclosed/u);
    expect(() => parseGoldStatement("x", "---\n[[what x|y]]")).toThrow(/bad label/u);
  });
});

describe("sameTarget", () => {
  it("treats a key and its instrument's own symbol, and a Council resolution with or without its year, as one", () => {
    expect(sameTarget("AGENDA-2030", "A/RES/70/1", TEST_INSTRUMENTS)).toBe(true);
    expect(sameTarget("S/RES/1373", "S/RES/1373 (2001)", TEST_INSTRUMENTS)).toBe(true);
    expect(sameTarget("UNTOC", "A/RES/55/25", TEST_INSTRUMENTS)).toBe(false);
    expect(sameTarget("UNTOC", "UNCAC", TEST_INSTRUMENTS)).toBe(false);
  });
});
