import { expect, it } from "vitest";
import { editDistance } from "./edit-distance.ts";

it("counts insertions, deletions and substitutions", () => {
  expect(editDistance("organisations", "organizations")).toBe(1);
  expect(editDistance("kitten", "sitting")).toBe(3);
  expect(editDistance("", "abc")).toBe(3);
  expect(editDistance("abc", "")).toBe(3);
  expect(editDistance("same", "same")).toBe(0);
  expect(editDistance("a".repeat(100), "b".repeat(70))).toBe(100);
  expect(editDistance("ab", "ba")).toBe(2);
});
