import { describe, expect, it } from "vitest";
import { analysisHref, DEFAULT_ANALYSIS, matrixApiQuery, readAnalysisState, toggleFilter } from "./analysis-url.ts";

const read = (qs: string) => readAnalysisState(new URLSearchParams(qs));

describe("the matrix's URL", () => {
  it("reads delegation × topic with the stance mix when it says nothing", () => {
    expect(read("")).toEqual(DEFAULT_ANALYSIS);
  });

  it("reads the dimensions, the filters repeated per value and `all`", () => {
    expect(read("rows=label&cols=label&breakdown=kind&label=a%2C+b&label=c&month=2024-03&all=label")).toEqual({
      rows: "label",
      cols: "label",
      breakdown: "kind",
      filters: { label: ["a, b", "c"], month: ["2024-03"] },
      all: ["label"],
    });
  });

  it("drops unknown dimensions, empty and repeated values, months not written yyyy-mm and unknown `all`", () => {
    expect(read("rows=speaker&cols=year&delegation=&delegation=X&delegation=X&month=March&all=forum")).toEqual({
      ...DEFAULT_ANALYSIS,
      cols: "year",
      filters: { delegation: ["X"] },
    });
  });

  it("writes what it reads, in a stable order, the default breakdown left out", () => {
    const qs = "rows=topic&cols=year&forum=CCPCJ&topic=Cybercrime&topic=Piracy&all=topic";
    expect(analysisHref(read(qs))).toBe(`/analysis?${qs}`);
    expect(analysisHref(read("topic=Piracy&cols=year&rows=topic&breakdown=strength"))).toBe(
      "/analysis?rows=topic&cols=year&breakdown=strength&topic=Piracy",
    );
  });

  it("adds and removes a filter's values; `all` goes with the filter's last value", () => {
    const withTwo = toggleFilter(toggleFilter(DEFAULT_ANALYSIS, "label", "a", true), "label", "b", true);
    expect(withTwo.filters).toEqual({ label: ["a", "b"] });
    const allOf = { ...withTwo, all: ["label" as const] };
    expect(toggleFilter(allOf, "label", "a", false)).toMatchObject({ filters: { label: ["b"] }, all: ["label"] });
    expect(toggleFilter(toggleFilter(allOf, "label", "a", false), "label", "b", false)).toMatchObject({ filters: {}, all: [] });
  });

  it("asks the API with the same parameters", () => {
    expect(matrixApiQuery(read("rows=label&cols=label&label=a&all=label"))).toEqual({
      rows: "label",
      cols: "label",
      breakdown: "stance",
      label: ["a"],
      all: ["label"],
    });
    expect(matrixApiQuery(read(""))).not.toHaveProperty("all");
  });
});
