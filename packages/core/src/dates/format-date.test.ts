import { describe, expect, it } from "vitest";
import { formatDate, formatShortDate } from "./format-date.ts";

describe("formatDate", () => {
  it.each([
    ["2023-05-22", "22 May 2023"],
    ["2023-01-01", "1 January 2023"],
    ["2023-12-31", "31 December 2023"],
    ["2024-03-01T23:30:00.000Z", "1 March 2024"],
    ["2024-03-01T00:30:00.000+02:00", "1 March 2024"],
    ["2023-13-01", "2023-13-01"],
    ["2023-02-00", "2023-02-00"],
    ["22/05/2023", "22/05/2023"],
    ["", ""],
  ])("%s → %s", (iso, text) => {
    expect(formatDate(iso)).toBe(text);
  });
});

describe("formatShortDate", () => {
  it.each([
    ["2023-12-07", "7 Dec 2023"],
    ["2023-09-30", "30 Sep 2023"],
    ["2023-05-22T10:00:00.000Z", "22 May 2023"],
    ["May 2023", "May 2023"],
  ])("%s → %s", (iso, text) => {
    expect(formatShortDate(iso)).toBe(text);
  });
});
