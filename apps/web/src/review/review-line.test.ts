import { describe, expect, it } from "vitest";
import { reviewHeadline, shortQuote } from "./review-line.ts";

describe("review line", () => {
  it("says the decision and the reviewer", () => {
    const review = { status: "rejected" as const, reviewer: { id: "x", name: "Rex" }, at: "2024-01-01T00:00:00Z", comment: null };
    expect(reviewHeadline(review)).toBe("Rejected by Rex");
  });

  it("quotes a short quote whole and cuts a long one", () => {
    expect(shortQuote("We  welcome\nthe report")).toBe("“We welcome the report”");
    expect(shortQuote("a".repeat(100), 10)).toBe(`“${"a".repeat(9)}…”`);
  });

  it("does not double the marks of a quote that has its own", () => {
    expect(shortQuote("“Transnational organized crime”")).toBe("“Transnational organized crime”");
    expect(shortQuote(`“Transnational organized crime ${"a".repeat(80)}”`, 20)).toBe("“Transnational orga…”");
  });
});
