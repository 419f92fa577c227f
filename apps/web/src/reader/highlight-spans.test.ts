import { describe, expect, it } from "vitest";
import { indexBlocks } from "./block-index.ts";
import { layerRuns } from "./highlight-layers.ts";
import { highlightSpans, type HighlightSpan } from "./highlight-spans.ts";
import { TEST_BLOCKS, testDoc } from "./test-statement.ts";
import { testAnnotation } from "./test-annotation.ts";

const index = indexBlocks(testDoc());
const p2Length = TEST_BLOCKS[2]?.text.length ?? 0;
const brief = (spans: HighlightSpan[]) => spans.map((s) => [s.annotation.id, index.blocks[s.block]?.id, s.start, s.end]);

describe("highlightSpans", () => {
  it("paints a one-paragraph annotation as one span", () => {
    const spans = highlightSpans(index, [testAnnotation({ id: "a", target: { paragraphId: "p2", start: 3, end: 10 } })]);
    expect(brief(spans)).toEqual([["a", "p2", 3, 10]]);
  });

  it("splits a cross-paragraph annotation at each block, so no range covers a margin number", () => {
    const spans = highlightSpans(index, [
      testAnnotation({ id: "a", target: { paragraphId: "p1", start: 4, end: 5, endParagraphId: "p3" } }),
    ]);
    expect(brief(spans)).toEqual([
      ["a", "p1", 4, 14],
      ["a", "p2", 0, p2Length],
      ["a", "h2", 0, 11],
      ["a", "p3", 0, 5],
    ]);
  });

  it("leaves out annotations whose target does not fit the current text", () => {
    const spans = highlightSpans(index, [
      testAnnotation({ id: "gone", target: { paragraphId: "p99", start: 0, end: 3 } }),
      testAnnotation({ id: "long", target: { paragraphId: "p1", start: 0, end: 99 } }),
      testAnnotation({ id: "backwards", target: { paragraphId: "p3", start: 0, end: 3, endParagraphId: "p1" } }),
    ]);
    expect(spans).toEqual([]);
  });
});

describe("layerRuns", () => {
  it("merges each kind's spans and marks where annotations overlap, by depth", () => {
    const spans = highlightSpans(index, [
      testAnnotation({ id: "a", kind: "position", target: { paragraphId: "p2", start: 0, end: 10 } }),
      testAnnotation({ id: "b", kind: "position", target: { paragraphId: "p2", start: 5, end: 20 } }),
      testAnnotation({ id: "c", kind: "commitment", target: { paragraphId: "p2", start: 8, end: 30 } }),
      testAnnotation({ id: "optimistic-1", kind: "commitment", target: { paragraphId: "p3", start: 0, end: 4 } }),
    ]);
    const runs = layerRuns(spans);
    const p2 = index.byId.get("p2");
    const p3 = index.byId.get("p3");
    expect(runs.get("vb-position-light")).toEqual([{ block: p2, start: 0, end: 20 }]);
    expect(runs.get("vb-commitment-light")).toEqual([{ block: p2, start: 8, end: 30 }]);
    expect(runs.get("vb-commitment-unsaved")).toEqual([{ block: p3, start: 0, end: 4 }]);
    expect(runs.get("vb-overlap-2")).toEqual([{ block: p2, start: 5, end: 20 }]);
    expect(runs.get("vb-overlap-3")).toEqual([{ block: p2, start: 8, end: 10 }]);
    expect(runs.get("vb-cross-reference-light")).toEqual([]);
  });

  it("keeps touching annotations of one kind as one run and apart annotations as two", () => {
    const spans = highlightSpans(index, [
      testAnnotation({ id: "a", target: { paragraphId: "p2", start: 0, end: 5 } }),
      testAnnotation({ id: "b", target: { paragraphId: "p2", start: 5, end: 9 } }),
      testAnnotation({ id: "c", target: { paragraphId: "p2", start: 12, end: 15 } }),
    ]);
    const p2 = index.byId.get("p2");
    expect(layerRuns(spans).get("vb-position-light")).toEqual([
      { block: p2, start: 0, end: 9 },
      { block: p2, start: 12, end: 15 },
    ]);
    expect(layerRuns(spans).get("vb-overlap-2")).toEqual([]);
  });
});
