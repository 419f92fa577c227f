import { describe, expect, it } from "vitest";
import type { ExportItem } from "./export-item.ts";
import { compareExportItems, kindHeading } from "./export-order.ts";
import { apg, items } from "./test-items.ts";

const at = (i: number): ExportItem => items[i] as ExportItem;

describe("compareExportItems", () => {
  it("puts shuffled items back in export order: statement, then kind, then reading order", () => {
    const shuffled = [at(4), at(2), at(0), at(3), at(1)];
    expect(shuffled.sort(compareExportItems).map((i) => i.annotation.id)).toEqual(["a1", "a2", "a3", "b1", "b2"]);
  });

  it("orders within a kind by the current ¶ (else the annotated one), then the start offset, then the ID", () => {
    const make = (id: string, currentNumber: number | null, start: number): ExportItem => ({
      ...at(0),
      paragraphs: { number: 4, currentNumber },
      annotation: { ...at(0).annotation, id, target: { paragraphId: "p1", start, end: start + 1 } },
    });
    const list = [make("d", 3, 0), make("c", 2, 5), make("b", 2, 1), make("a", 2, 1), make("e", null, 0)];
    expect(list.sort(compareExportItems).map((i) => i.annotation.id)).toEqual(["a", "b", "c", "d", "e"]);
  });

  it("puts undated statements last", () => {
    const undated: ExportItem = { ...at(3), statement: { ...apg, id: "st_x", slug: "a-undated", date: null } };
    expect([undated, at(0)].sort(compareExportItems)[0]).toBe(at(0));
  });
});

describe("kindHeading", () => {
  it("names each kind's group", () => {
    expect([kindHeading("position"), kindHeading("commitment"), kindHeading("cross-reference")]).toEqual([
      "Positions",
      "Commitments",
      "Cross-references",
    ]);
  });
});
