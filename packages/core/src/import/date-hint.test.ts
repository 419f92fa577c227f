import { describe, expect, it } from "vitest";
import { dateOnly, findDate } from "./date-hint.ts";

describe("findDate", () => {
  it.each([
    ["2023-12-07 13:00", "2023-12-07"],
    ["Vienna, 22-26 May 2023", "2023-05-22"],
    ["Vienna, 22\u201326 May 2023", "2023-05-22"],
    ["New York, 7th December 2023", "2023-12-07"],
    ["May 22, 2023", "2023-05-22"],
    ["Sept. 3-5, 2023", "2023-09-03"],
    ["Geneva, 30 May \u2013 2 June 2023", "2023-05-30"],
  ])("reads %s", (text, iso) => expect(findDate(text)?.iso).toBe(iso));

  it("rejects impossible dates and text without one", () => {
    expect(findDate("31 February 2023")).toBeNull();
    expect(findDate("We met in May.")).toBeNull();
  });
});

describe("dateOnly", () => {
  it("accepts a date with a weekday or time around it", () => {
    expect(dateOnly("2023-12-07 13:00")).toBe("2023-12-07");
    expect(dateOnly("Thursday, 7 December 2023, 10 a.m.")).toBe("2023-12-07");
  });

  it("rejects a sentence that mentions a date", () => {
    expect(dateOnly("On 7 December 2023 the Council met.")).toBeNull();
  });

  it("reads French and Spanish dates, ordinals and the article before them", () => {
    expect(dateOnly("le 7 décembre 2023")).toBe("2023-12-07");
    expect(dateOnly("1er mars 2024")).toBe("2024-03-01");
    expect(dateOnly("13 de marzo de 2014")).toBe("2014-03-13");
    expect(dateOnly("jueves, 7 de diciembre de 2023")).toBe("2023-12-07");
    expect(dateOnly("December 7th, 2023")).toBe("2023-12-07");
    expect(dateOnly("(Thursday, 7 December 2023)")).toBe("2023-12-07");
    expect(findDate("Conseil de sécurité - 28 février 2017")?.iso).toBe("2017-02-28");
  });

  it("does not read a sentence in French as a date line", () => {
    expect(dateOnly("Le Conseil s'est réuni le 7 décembre 2023.")).toBeNull();
  });
});
