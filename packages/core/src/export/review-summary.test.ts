import { describe, expect, it } from "vitest";
import type { ExportItem } from "./export-item.ts";
import { reviewSummary } from "./review-summary.ts";
import { items } from "./test-items.ts";

describe("reviewSummary", () => {
  it.each([
    [0, "Accepted by Rita Reviewer on 3 February 2024"],
    [1, "Proposed"],
    [2, "Disputed by Rita Reviewer on 4 February 2024"],
    [4, "Proposed (last review: accepted by Rita Reviewer on 3 February 2024)"],
  ])("item %i → %s", (i, text) => {
    expect(reviewSummary(items[i] as ExportItem)).toBe(text);
  });
});
