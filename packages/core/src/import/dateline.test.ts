import { describe, expect, it } from "vitest";
import { parseDatePlace, parsePlaceDate, splitDateline } from "./dateline.ts";

describe("parsePlaceDate", () => {
  it("reads a place and date in brackets and in French or Spanish", () => {
    expect(parsePlaceDate("(New York, 1 November 2023)")).toEqual({ place: "New York", date: "2023-11-01" });
    expect(parsePlaceDate("New York, le 7 décembre 2023")).toEqual({ place: "New York", date: "2023-12-07" });
    expect(parsePlaceDate("(Nueva York, 13 de marzo de 2014)")).toEqual({ place: "Nueva York", date: "2014-03-13" });
    expect(parsePlaceDate("New York, 7 December 2023")).toEqual({ place: "New York", date: "2023-12-07" });
  });
});

describe("parseDatePlace", () => {
  it("reads the date first and the place after the last comma", () => {
    expect(parseDatePlace("7 December 2023, New York")).toEqual({ place: "New York", date: "2023-12-07" });
    expect(parseDatePlace("7 December 2023, we met")).toBeNull();
  });
});

describe("splitDateline", () => {
  it("cuts a press release's dateline off the first paragraph, in either order", () => {
    expect(splitDateline("7 December 2023, New York – Thank you, Mr. President.")).toEqual({
      text: "7 December 2023, New York –",
      place: "New York",
      date: "2023-12-07",
      rest: "Thank you, Mr. President.",
    });
    expect(splitDateline("NEW YORK, 7 December 2023 — The Council met.")).toMatchObject({ place: "NEW YORK", rest: "The Council met." });
    expect(splitDateline("Thursday, 7 December 2023 - We begin.")).toMatchObject({ date: "2023-12-07", rest: "We begin." });
  });

  it("leaves a paragraph whose words before the dash are no dateline", () => {
    expect(splitDateline("The Council – as you know – met on 7 December 2023.")).toBeNull();
    expect(splitDateline("7 December 2023, New York –")).toBeNull();
  });

  it("looks for the dash only near the start of a long line", () => {
    const long = `${"a, ".repeat(100_000)}7 December 2023 – Thank you.`;
    expect(splitDateline(long)).toBeNull();
  });
});
