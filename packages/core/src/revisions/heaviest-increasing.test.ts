import { describe, expect, it } from "vitest";
import { heaviestIncreasing } from "./heaviest-increasing.ts";

describe("heaviestIncreasing", () => {
  it("finds the longest increasing run when weights are equal", () => {
    expect(heaviestIncreasing([0, 1, 4, 2, 3, 5], [1, 1, 1, 1, 1, 1])).toEqual([0, 1, 3, 4, 5]);
  });

  it("breaks a tie in length by weight", () => {
    expect(heaviestIncreasing([0, 2, 1, 3], [3, 3, 4, 3])).toEqual([0, 2, 3]);
    expect(heaviestIncreasing([0, 2, 1, 3], [3, 4, 3, 3])).toEqual([0, 1, 3]);
  });

  it("handles nothing and one", () => {
    expect(heaviestIncreasing([], [])).toEqual([]);
    expect(heaviestIncreasing([7], [1])).toEqual([0]);
  });
});
