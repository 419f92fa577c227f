import { describe, expect, it } from "vitest";
import { passagesExportQuery, passagesHref, passagesParamsOf, readPassagesState, withoutFilter } from "./passages-url.ts";

const read = (qs: string) => readPassagesState(new URLSearchParams(qs));

describe("passages in the URL", () => {
  it("reads repeated filters (commas kept), the month, all and the grouping, and writes them back in the contract's order, as the matrix does", () => {
    const state = read(
      "group=stance&topic=Crime%2C+organised&delegation=Arcadia&delegation=Borduria&month=2024-05&label=a&label=b&all=label",
    );
    expect(state).toEqual({
      filters: { delegation: ["Arcadia", "Borduria"], topic: ["Crime, organised"], label: ["a", "b"], month: ["2024-05"] },
      all: ["label"],
      group: "stance",
    });
    expect(passagesParamsOf(state).toString()).toBe(
      "delegation=Arcadia&delegation=Borduria&month=2024-05&label=a&label=b&topic=Crime%2C+organised&all=label&group=stance",
    );
  });

  it("reads an unknown grouping as by topic, drops empty and repeated values and bad months, and leaves `all` out for one value", () => {
    const state = read("group=colour&kind=&kind=position&kind=position&topic=x&all=topic&all=nonsense&month=May");
    expect(state).toEqual({ filters: { kind: ["position"], topic: ["x"] }, all: ["topic"], group: "topic" });
    expect(passagesHref(state)).toBe("/passages?kind=position&topic=x");
    expect(passagesHref(withoutFilter(withoutFilter(state, "kind", "position"), "topic", "x"))).toBe("/passages");
  });

  it("exports with the same filters, the export's comma-separated ones joined", () => {
    const state = read("kind=position&kind=commitment&stance=urges&label=a%2Cb&label=c&all=label&year=2024");
    expect(passagesExportQuery(state)).toEqual({
      kind: "position,commitment",
      stance: "urges",
      label: ["a,b", "c"],
      year: ["2024"],
      all: ["label"],
    });
  });
});
