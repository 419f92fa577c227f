import { describe, expect, it } from "vitest";
import { DEFAULT_ANALYSIS, type AnalysisState } from "./analysis-url.ts";
import { passagesHref } from "./passages-link.ts";

const state = (s: Partial<AnalysisState>): AnalysisState => ({ ...DEFAULT_ANALYSIS, ...s });
const paramsOf = (href: string) => {
  const [path, qs] = href.split("?");
  return { path, params: new URLSearchParams(qs) };
};

describe("a cell's passages", () => {
  it("are the matrix's filters with the row's value and the column's", () => {
    const href = passagesHref(state({ filters: { forum: ["CCPCJ 32"] } }), "Norland", "Piracy, at sea");
    expect(href).toBe("/passages?delegation=Norland&forum=CCPCJ+32&topic=Piracy%2C+at+sea");
  });

  it("narrow a filter on the row's dimension to the row's value", () => {
    const { params } = paramsOf(passagesHref(state({ filters: { delegation: ["Norland", "Valdoria"] } }), "Valdoria", "Cybercrime"));
    expect(params.getAll("delegation")).toEqual(["Valdoria"]);
  });

  it("add to a code filter whose values must all hold", () => {
    const { params } = paramsOf(
      passagesHref(state({ rows: "delegation", cols: "label", filters: { label: ["urgent"] }, all: ["label"] }), "Norland", "ratify"),
    );
    expect(params.getAll("label")).toEqual(["urgent", "ratify"]);
    expect(params.getAll("all")).toEqual(["label"]);
  });

  it("of a co-occurrence (label × label) need both labels: all=label", () => {
    const { params } = paramsOf(passagesHref(state({ rows: "label", cols: "label" }), "ratify", "urgent"));
    expect(params.getAll("label")).toEqual(["ratify", "urgent"]);
    expect(params.getAll("all")).toEqual(["label"]);
  });

  it("of a co-occurrence's diagonal are the one label's", () => {
    const { params } = paramsOf(passagesHref(state({ rows: "topic", cols: "topic" }), "Cybercrime", "Cybercrime"));
    expect(params.getAll("topic")).toEqual(["Cybercrime"]);
    expect(params.has("all")).toBe(false);
  });

  it("take years and months as filters too", () => {
    expect(passagesHref(state({ rows: "month", cols: "year" }), "2024-03", "2024")).toBe("/passages?year=2024&month=2024-03");
  });
});
