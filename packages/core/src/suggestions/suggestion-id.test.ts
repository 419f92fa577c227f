import { describe, expect, it } from "vitest";
import { suggestionId } from "./suggestion-id.ts";

describe("suggestionId", () => {
  it("is the same for the same paragraph, rule, words and occurrence", () => {
    expect(suggestionId("p3", "un-symbol", "A/RES/74/247", 0)).toBe(suggestionId("p3", "un-symbol", "A/RES/74/247", 0));
    expect(suggestionId("p3", "un-symbol", "A/RES/74/247", 0)).toMatch(/^sg_[0-9a-f]{16}$/u);
  });

  it("differs when any of them differs", () => {
    const ids = new Set([
      suggestionId("p3", "un-symbol", "A/RES/74/247", 0),
      suggestionId("p4", "un-symbol", "A/RES/74/247", 0),
      suggestionId("p3", "resolution-number", "A/RES/74/247", 0),
      suggestionId("p3", "un-symbol", "A/RES/74/248", 0),
      suggestionId("p3", "un-symbol", "A/RES/74/247", 1),
    ]);
    expect(ids.size).toBe(5);
  });
});
