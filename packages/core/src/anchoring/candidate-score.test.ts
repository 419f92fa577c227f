import { describe, expect, it } from "vitest";
import { contextScore, nearnessInText, scoreCandidate } from "./candidate-score.ts";

describe("candidate scoring", () => {
  it("scores context by the edits it needs", () => {
    expect(contextScore("the Convention ", "the Convention ")).toBe(1);
    expect(contextScore("anything", "")).toBe(1);
    expect(contextScore("the Konvention ", "the Convention ")).toBeCloseTo(1 - 1 / 15);
    expect(contextScore("", "abc")).toBe(0);
  });

  it("ranks an exact match with its context above one without", () => {
    const quote = { exact: "urge", prefix: "We ", suffix: " States" };
    const text = "They urge all. We urge States.";
    const without = scoreCandidate({ text, start: 5, end: 9, errors: 0, nearness: 1 }, quote);
    const withContext = scoreCandidate({ text, start: 18, end: 22, errors: 0, nearness: 0 }, quote);
    expect(withContext).toBeGreaterThan(without);
    expect(withContext).toBeLessThanOrEqual(1);
  });

  it("measures nearness within a text", () => {
    expect(nearnessInText(10, 10, 100)).toBe(1);
    expect(nearnessInText(0, 100, 100)).toBe(0);
    expect(nearnessInText(5, 0, 0)).toBe(0);
  });
});
