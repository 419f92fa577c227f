import { describe, expect, it } from "vitest";
import { summary } from "./library-results.tsx";

describe("summary", () => {
  it("counts what is listed, and says when more remain", () => {
    expect(summary(1, false, "")).toBe("1 statement");
    expect(summary(3, false, "China")).toBe("3 statements match “China”");
    expect(summary(1, false, "China")).toBe("1 statement matches “China”");
    expect(summary(25, true, "")).toBe("Showing the first 25 statements");
    expect(summary(0, false, "x")).toBe("");
  });
});
