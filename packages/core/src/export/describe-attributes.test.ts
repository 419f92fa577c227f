import { describe, expect, it } from "vitest";
import { taggedAttributes } from "../model/annotation.ts";
import { describeAttributes } from "./describe-attributes.ts";
import type { ExportItem } from "./export-item.ts";
import { items } from "./test-items.ts";

const withAttributes = (i: number, attributes: Record<string, unknown>): ExportItem => {
  const item = items[i] as ExportItem;
  return { ...item, annotation: { ...item.annotation, ...taggedAttributes(item.annotation.kind, attributes) } };
};

describe("describeAttributes", () => {
  it("describes a position", () => {
    expect(describeAttributes(items[0] as ExportItem)).toEqual([
      ["Stance", "concerned"],
      ["Topics", "cybercrime, corruption"],
    ]);
  });

  it("describes a commitment", () => {
    expect(describeAttributes(items[1] as ExportItem)).toEqual([
      ["Strength", "pledge"],
      ["Actor", "Asia-Pacific Group"],
      ["Action", "=SUM(1) support technical assistance"],
    ]);
  });

  it("describes a cross-reference, relation in words, then further attributes", () => {
    expect(describeAttributes(items[4] as ExportItem)).toEqual([
      ["Relation", "responds to"],
      ["Target", "A/RES/74/247"],
      ["Confidence", "high"],
    ]);
  });

  it("gives a paragraph target its citation, the canonical reference beside it", () => {
    const item = {
      ...withAttributes(4, { relation: "responds-to", target: "2024-02-01-unsc-france#p2" }),
      targetCitation: "France, UNSC, 1 February 2024, ¶2",
    };
    expect(describeAttributes(item)).toEqual([
      ["Relation", "responds to"],
      ["Target", "France, UNSC, 1 February 2024, ¶2 (2024-02-01-unsc-france#p2)"],
    ]);
  });

  it("leaves out empty values and objects, and labels unknown keys in words", () => {
    const item = withAttributes(0, { stance: "urges", topics: [], actor: "", meetingVenue: "Vienna", extra: { a: 1 }, "follow-up": true });
    expect(describeAttributes(item)).toEqual([
      ["Stance", "urges"],
      ["Meeting venue", "Vienna"],
      ["Follow up", "true"],
    ]);
  });
});
