import { describe, expect, it } from "vitest";
import { spokenDigits } from "./spoken-number.ts";

describe("spokenDigits", () => {
  it.each([
    ["seventy-four", "74"],
    ["two forty-seven", "247"],
    ["two hundred and forty-seven", "247"],
    ["twenty-four eighty-two", "2482"],
    ["two oh five", "205"],
    ["fifteen", "15"],
    ["one", "1"],
    ["thirteen seventy-three", "1373"],
    ["seventy four", "74"],
  ])("reads %j as %s", (words, digits) => {
    expect(spokenDigits(words)).toBe(digits);
  });

  it("refuses words that are not a number", () => {
    expect(spokenDigits("seventy apples")).toBeNull();
    expect(spokenDigits("hundred")).toBeNull();
    expect(spokenDigits("")).toBeNull();
  });
});
