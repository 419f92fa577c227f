import { describe, expect, it } from "vitest";
import { indexBlocks } from "./block-index.ts";
import { BASE_LAYERS, fillOf, layerRuns } from "./highlight-layers.ts";
import { highlightSpans } from "./highlight-spans.ts";
import { testAnnotation } from "./test-annotation.ts";
import { testDoc } from "./test-statement.ts";

const index = indexBlocks(testDoc());
const p2 = index.byId.get("p2");
const at = (start: number, end: number) => ({ paragraphId: "p2", start, end });

describe("highlight layers by review status", () => {
  it("fills accepted annotations in full, every other status lightly, and unsaved tags as unsaved", () => {
    expect(fillOf({ id: "a", status: "accepted" })).toBe("full");
    expect(fillOf({ id: "p", status: "proposed" })).toBe("light");
    expect(fillOf({ id: "d", status: "disputed" })).toBe("light");
    expect(fillOf({ id: "r", status: "rejected" })).toBe("light");
    expect(fillOf({ id: "optimistic-1", status: "proposed" })).toBe("unsaved");
  });

  it("marks disputed and rejected spans on layers of their own, over the kind's fill", () => {
    const runs = layerRuns(
      highlightSpans(index, [
        testAnnotation({ id: "a", kind: "cross-reference", status: "accepted", target: at(0, 5) }),
        testAnnotation({ id: "d", kind: "cross-reference", status: "disputed", target: at(10, 15) }),
        testAnnotation({ id: "r", kind: "position", status: "rejected", target: at(20, 25) }),
      ]),
    );
    expect(runs.get("vb-cross-reference-full")).toEqual([{ block: p2, start: 0, end: 5 }]);
    expect(runs.get("vb-cross-reference-light")).toEqual([{ block: p2, start: 10, end: 15 }]);
    expect(runs.get("vb-status-disputed")).toEqual([{ block: p2, start: 10, end: 15 }]);
    expect(runs.get("vb-position-light")).toEqual([{ block: p2, start: 20, end: 25 }]);
    expect(runs.get("vb-status-rejected")).toEqual([{ block: p2, start: 20, end: 25 }]);
  });

  it("counts overlap by annotations, not by the extra edges of status marks", () => {
    const runs = layerRuns(
      highlightSpans(index, [
        testAnnotation({ id: "d", status: "disputed", target: at(0, 10) }),
        testAnnotation({ id: "e", status: "disputed", target: at(5, 15) }),
      ]),
    );
    expect(runs.get("vb-status-disputed")).toEqual([{ block: p2, start: 0, end: 15 }]);
    expect(runs.get("vb-overlap-2")).toEqual([{ block: p2, start: 5, end: 10 }]);
    expect(runs.get("vb-overlap-3")).toEqual([]);
  });

  it("names every layer once", () => {
    expect(new Set(BASE_LAYERS).size).toBe(BASE_LAYERS.length);
  });
});
