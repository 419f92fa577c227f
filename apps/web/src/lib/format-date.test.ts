import { describe, expect, it } from "vitest";
import { formatDate } from "./format-date.ts";

describe("formatDate", () => {
  it("writes a calendar day the way UN documents do, in any time zone", () => {
    expect(formatDate("2023-12-07")).toBe("7 December 2023");
  });

  it("leaves text it cannot read as it is", () => {
    expect(formatDate("sometime")).toBe("sometime");
  });
});
