import { describe, expect, it } from "vitest";
import { chartsHref, readChartsState } from "./charts-url.ts";

describe("the charts' URL", () => {
  it("reads the defaults from nothing", () => {
    expect(readChartsState(new URLSearchParams())).toEqual({ filters: {}, all: [], stanceTopic: null, over: "month", cooccur: "label" });
    expect(chartsHref(readChartsState(new URLSearchParams()))).toBe("/analysis/charts");
  });

  it("reads and writes the chart choices and the filters", () => {
    const qs = "stanceTopic=Cyber%2C+crime&over=year&cooccur=topic&forum=CCPCJ&label=a&label=b&all=label";
    const state = readChartsState(new URLSearchParams(qs));
    expect(state).toEqual({
      filters: { forum: ["CCPCJ"], label: ["a", "b"] },
      all: ["label"],
      stanceTopic: "Cyber, crime",
      over: "year",
      cooccur: "topic",
    });
    expect(chartsHref(state)).toBe(`/analysis/charts?${qs}`);
  });

  it("reads unknown choices as the defaults", () => {
    expect(readChartsState(new URLSearchParams("over=week&cooccur=forum&stanceTopic="))).toMatchObject({
      stanceTopic: null,
      over: "month",
      cooccur: "label",
    });
  });
});
