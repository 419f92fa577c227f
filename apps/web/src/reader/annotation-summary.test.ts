import { describe, expect, it } from "vitest";
import { attributeLines, humanise, spokenSummary, targetLink } from "./annotation-summary.ts";
import { testAnnotation } from "./test-annotation.ts";

const target = { paragraphId: "p1", start: 0, end: 3 };

describe("attributeLines", () => {
  it("lists a position's stance, topics and actor", () => {
    const a = testAnnotation({ id: "a", target, attributes: { stance: "concerned", topics: ["cybercrime", "drugs"], actor: "China" } });
    expect(attributeLines(a)).toEqual([
      { label: "Stance", value: "Concerned" },
      { label: "Topics", value: "cybercrime, drugs" },
      { label: "Actor", value: "China" },
    ]);
  });

  it("lists a commitment's strength and action, leaving out what is not set", () => {
    const a = testAnnotation({ id: "a", target, kind: "commitment", attributes: { strength: "pledge", action: "fund UNODC" } });
    expect(attributeLines(a)).toEqual([
      { label: "Strength", value: "Pledge" },
      { label: "Action", value: "fund UNODC" },
    ]);
  });

  it("links a cross-reference to another statement's paragraph", () => {
    const a = testAnnotation({
      id: "a",
      target,
      kind: "cross-reference",
      attributes: { relation: "responds-to", target: "2023-12-07-unsc-china#p7" },
    });
    expect(attributeLines(a)).toEqual([
      { label: "Relation", value: "Responds to" },
      { label: "Target", value: "2023-12-07-unsc-china#p7", href: "/s/2023-12-07-unsc-china#p7" },
    ]);
  });
});

describe("targetLink", () => {
  it("opens URLs outside the app and leaves instrument keys and UN symbols unlinked", () => {
    expect(targetLink("https://undocs.org/A/RES/74/247")).toEqual({ href: "https://undocs.org/A/RES/74/247", external: true });
    expect(targetLink("UNTOC")).toEqual({});
    expect(targetLink("A/RES/74/247")).toEqual({});
  });
});

describe("spokenSummary", () => {
  it("says kind, main attribute, author and status, and whether it is saved yet", () => {
    const a = testAnnotation({ id: "optimistic-1", target, status: "proposed" });
    expect(spokenSummary(a, "Position")).toBe("Position, Supports, by Ana Analyst, proposed, not yet saved");
    expect(humanise("cross-reference")).toBe("Cross reference");
  });
});
