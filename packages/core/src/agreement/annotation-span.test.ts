import { describe, expect, it } from "vitest";
import { overlappingPairs, spanOf, spansOverlap, type Span } from "./annotation-span.ts";
import { seededRandom } from "./test-random.ts";

describe("annotation spans", () => {
  it("places spans in reading order, or nowhere when a paragraph is unknown", () => {
    const index = new Map([
      ["p1", 0],
      ["p2", 1],
    ]);
    expect(spanOf({ paragraphId: "p1", start: 3, end: 4, endParagraphId: "p2" }, index)).toEqual({
      start: { paragraph: 0, offset: 3 },
      end: { paragraph: 1, offset: 4 },
    });
    expect(spanOf({ paragraphId: "p1", start: 3, end: 9, endParagraphId: null }, index)?.end).toEqual({ paragraph: 0, offset: 9 });
    expect(spanOf({ paragraphId: "p7", start: 0, end: 1 }, index)).toBeNull();
  });

  it("finds the same overlapping pairs by sweep as by comparing every pair", () => {
    const random = seededRandom(7);
    const point = () => ({ paragraph: Math.floor(random() * 3), offset: Math.floor(random() * 30) });
    for (let round = 0; round < 50; round += 1) {
      const spans: Span[] = Array.from({ length: Math.floor(random() * 30) }, () => {
        const [a, b] = [point(), point()].sort((x, y) => x.paragraph - y.paragraph || x.offset - y.offset);
        return { start: a!, end: b! };
      });
      const expected: [number, number][] = [];
      spans.forEach((a, i) => spans.forEach((b, j) => i < j && spansOverlap(a, b) && expected.push([i, j])));
      expect(overlappingPairs(spans).sort((x, y) => x[0] - y[0] || x[1] - y[1])).toEqual(expected);
    }
  });
});
