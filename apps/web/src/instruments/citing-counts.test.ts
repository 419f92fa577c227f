import { describe, expect, it } from "vitest";
import { citingCounts, whoCites } from "./citing-counts.ts";

const by = (delegation: string | null, onBehalfOf: string | null = null, title = "Statement") => ({
  statement: { id: "s", slug: "s", title, delegation, onBehalfOf, forum: null, date: null },
});

describe("whoCites", () => {
  it("names the delegation, and the group it speaks for where there is one, else the title", () => {
    expect(whoCites(by("Cuba", "Group of 77 and China"))).toBe("Cuba on behalf of Group of 77 and China");
    expect(whoCites(by(null, "European Union"))).toBe("European Union");
    expect(whoCites(by(null, null, "Press release"))).toBe("Press release");
  });
});

describe("citingCounts", () => {
  it("counts each speaker's references, most first and then by name", () => {
    expect(citingCounts([by("France"), by("China"), by("France"), by("Brazil")])).toEqual([
      { who: "France", count: 2 },
      { who: "Brazil", count: 1 },
      { who: "China", count: 1 },
    ]);
  });
});
