import { describe, expect, it } from "vitest";
import { parsePlaceDate, parseTitle, TITLE_START } from "./title-parse.ts";

describe("parseTitle", () => {
  it("reads speaker and forum from a remarks title", () => {
    expect(parseTitle("Remarks by Ambassador Li Wei at the UN Security Council Open Debate on Maritime Security")).toEqual({
      title: "Remarks by Ambassador Li Wei at the UN Security Council Open Debate on Maritime Security",
      speaker: "Ambassador Li Wei",
      forum: "UN Security Council Open Debate on Maritime Security",
    });
  });

  it("reads a group title broken over lines, with place and date on the last line", () => {
    expect(
      parseTitle(
        "Statement of the Group of Asia-Pacific States\nat the 33rd Session of the Commission on\nNarcotic Drugs\nVienna, 11-15 March 2024",
      ),
    ).toEqual({
      title: "Statement of the Group of Asia-Pacific States at the 33rd Session of the Commission on Narcotic Drugs",
      onBehalfOf: "Asia-Pacific Group",
      forum: "33rd Session of the Commission on Narcotic Drugs",
      place: "Vienna",
      date: "2024-03-11",
    });
  });

  it("reads a one-word delegation and a place and date after a comma", () => {
    expect(parseTitle("Statement by Japan at the General Assembly, New York, 5 October 2023")).toEqual({
      title: "Statement by Japan at the General Assembly",
      delegation: "Japan",
      forum: "General Assembly",
      place: "New York",
      date: "2023-10-05",
    });
  });

  it("prefers who speaks (by …) and reads a minister's country", () => {
    expect(parseTitle("Explanation of Vote by Japan on the draft resolution")).toMatchObject({ delegation: "Japan" });
    expect(parseTitle("Statement by the Minister for Foreign Affairs of Japan at the General Assembly")).toMatchObject({
      speaker: "Minister for Foreign Affairs of Japan",
      delegation: "Japan",
      forum: "General Assembly",
    });
    expect(parseTitle("Statement by Ms. Ana Lim on Item 5")).toMatchObject({ speaker: "Ms. Ana Lim" });
    expect(parseTitle("Joint Statement of the African Group at the Human Rights Council")).toMatchObject({ onBehalfOf: "African Group" });
  });

  it("reads what the title says about the speaker after the name", () => {
    expect(
      parseTitle("Statement by H.E. Ms. Ana Lim, Permanent Representative of Fiji to the United Nations, at the General Assembly"),
    ).toEqual({
      title: "Statement by H.E. Ms. Ana Lim, Permanent Representative of Fiji to the United Nations, at the General Assembly",
      speaker: "H.E. Ms. Ana Lim",
      delegation: "Fiji",
      forum: "General Assembly",
    });
  });

  it("reads on behalf of", () => {
    expect(parseTitle("Statement by Cuba on behalf of the Group of 77 and China")).toMatchObject({
      delegation: "Cuba",
      onBehalfOf: "Group of 77 and China",
    });
  });
});

describe("TITLE_START", () => {
  it("matches title openings only", () => {
    expect(TITLE_START.test("Statement by the Chair")).toBe(true);
    expect(TITLE_START.test("Explanation of Vote after the vote")).toBe(true);
    expect(TITLE_START.test("Statements are welcome")).toBe(false);
  });
});

describe("parsePlaceDate", () => {
  it("reads place and the first day of a range", () => {
    expect(parsePlaceDate("Vienna, 22-26 May 2023")).toEqual({ place: "Vienna", date: "2023-05-22" });
    expect(parsePlaceDate("We met on 22 May 2023")).toBeNull();
  });

  it("ends the place at the first comma, so a line of many commas is read once", () => {
    expect(parsePlaceDate("Vienna, Austria, 22 May 2023")).toBeNull();
    expect(parsePlaceDate(`Vienna${", a".repeat(50_000)}, 22 May 2023`)).toBeNull();
  });
});
