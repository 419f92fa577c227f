import { describe, expect, it } from "vitest";
import { indexBlocks } from "./block-index.ts";
import { annotationsAt, lookupSpans, nextToOpen } from "./highlight-hit.ts";
import { highlightSpans } from "./highlight-spans.ts";
import { testAnnotation } from "./test-annotation.ts";
import { testDoc } from "./test-statement.ts";

const index = indexBlocks(testDoc());
const p2 = index.byId.get("p2") ?? -1;
const wide = testAnnotation({ id: "wide", target: { paragraphId: "p2", start: 0, end: 20 } });
const narrow = testAnnotation({ id: "narrow", target: { paragraphId: "p2", start: 5, end: 10 } });
const lookup = lookupSpans(highlightSpans(index, [wide, narrow]));

describe("annotationsAt", () => {
  it("finds the annotations under a character, the shortest first", () => {
    expect(annotationsAt(lookup, { block: p2, offset: 7 }, "char").map((a) => a.id)).toEqual(["narrow", "wide"]);
    expect(annotationsAt(lookup, { block: p2, offset: 12 }, "char").map((a) => a.id)).toEqual(["wide"]);
    expect(annotationsAt(lookup, { block: p2, offset: 20 }, "char")).toEqual([]);
  });

  it("counts a caret touching a highlight's end as in it", () => {
    expect(annotationsAt(lookup, { block: p2, offset: 20 }, "caret").map((a) => a.id)).toEqual(["wide"]);
    expect(annotationsAt(lookup, { block: p2, offset: 10 }, "caret").map((a) => a.id)).toEqual(["narrow", "wide"]);
  });

  it("knows each annotation's runs", () => {
    expect(lookup.byAnnotation.get("narrow")).toEqual([{ block: p2, start: 5, end: 10 }]);
  });
});

describe("nextToOpen", () => {
  it("opens the first, then cycles through the others on each repeat", () => {
    expect(nextToOpen([narrow, wide], null)?.id).toBe("narrow");
    expect(nextToOpen([narrow, wide], "narrow")?.id).toBe("wide");
    expect(nextToOpen([narrow, wide], "wide")?.id).toBe("narrow");
    expect(nextToOpen([], null)).toBeUndefined();
  });
});
