import { describe, expect, it } from "vitest";
import { SEARCH_FACETS } from "@verbatim/contract";
import { FACET_LABELS, facetValueLabel, totalLabel } from "./facet-labels.ts";

describe("facet labels", () => {
  it("names every facet of the contract", () => {
    expect(Object.keys(FACET_LABELS).sort()).toEqual([...SEARCH_FACETS].sort());
    expect(FACET_LABELS.instrument).toBe("Instrument cited");
  });

  it("shows the API's label, else the taxonomy's wording, else the value", () => {
    expect(facetValueLabel("delegation", { value: "CHN", label: "China" })).toBe("China");
    expect(facetValueLabel("kind", { value: "cross-reference", label: "cross-reference" })).toBe("Cross-reference");
    expect(facetValueLabel("stance", { value: "concerned", label: "" })).toBe("Concerned");
    expect(facetValueLabel("status", { value: "someday", label: "" })).toBe("someday");
    expect(facetValueLabel("year", { value: "2023", label: "2023" })).toBe("2023");
    expect(facetValueLabel("topic", { value: "t1", label: "  " })).toBe("t1");
  });

  it("counts results, and says when there are more than the API counts", () => {
    expect(totalLabel(1, true, "paragraphs")).toBe("1 paragraph");
    expect(totalLabel(1234, true, "paragraphs")).toBe("1,234 paragraphs");
    expect(totalLabel(0, true, "annotations")).toBe("0 annotations");
    expect(totalLabel(10_000, false, "annotations")).toBe("More than 10,000 annotations");
  });
});
