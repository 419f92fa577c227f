import { describe, expect, it } from "vitest";
import { classifyPreambleLine } from "./preamble-line.ts";

describe("classifyPreambleLine", () => {
  it("reads dates, places and notes", () => {
    expect(classifyPreambleLine("2023-11-02 10:00")).toEqual({ date: "2023-11-02" });
    expect(classifyPreambleLine("Geneva, 3 July 2023")).toEqual({ place: "Geneva", date: "2023-07-03" });
    expect(classifyPreambleLine("Check against delivery")).toEqual({ delivery: "check-against-delivery" });
    expect(classifyPreambleLine("Original: French")).toEqual({ language: "fr" });
  });

  it("reads a delivered-by line", () => {
    expect(classifyPreambleLine("To be delivered by H.E. Ms. Ada Tan, Permanent Representative of Fiji")).toEqual({
      speaker: "H.E. Ms. Ada Tan",
      role: "Permanent Representative",
      delegation: "Fiji",
    });
  });

  it("reads a title, a speaker line and a mission line", () => {
    expect(classifyPreambleLine("Remarks by Ambassador Li Wei at the Human Rights Council")).toMatchObject({
      speaker: "Ambassador Li Wei",
    });
    expect(classifyPreambleLine("H.E. Mr. Omar Ali, Minister for Foreign Affairs of Jordan")).toEqual({
      speaker: "H.E. Mr. Omar Ali",
      role: "Minister for Foreign Affairs",
      delegation: "Jordan",
    });
    expect(classifyPreambleLine("Permanent Mission of Brazil to the United Nations")).toEqual({ delegation: "Brazil" });
  });

  it("returns null for speech", () => {
    expect(classifyPreambleLine("Mr. President,")).toBeNull();
    expect(classifyPreambleLine("I welcome Ecuador's convening of today's meeting. I thank the briefers.")).toBeNull();
    expect(classifyPreambleLine("Kyoto Declaration")).toBeNull();
    expect(classifyPreambleLine("Mr. President, I thank you for convening this meeting.")).toBeNull();
  });
});

describe("classifyPreambleLine on the header shapes of issue 14", () => {
  it.each([
    ["December 7, 2023", { date: "2023-12-07" }],
    ["(Thursday, 7 December 2023)", { date: "2023-12-07" }],
    ["Thursday, 7 December 2023", { date: "2023-12-07" }],
    ["7 December 2023", { date: "2023-12-07" }],
    ["December 7th, 2023", { date: "2023-12-07" }],
    ["New York, 7 December 2023", { place: "New York", date: "2023-12-07" }],
    ["New York, le 7 décembre 2023", { place: "New York", date: "2023-12-07" }],
    ["New York, New York", { place: "New York" }],
    ["United Nations Headquarters", { place: "United Nations Headquarters" }],
    ["Security Council Chamber", { place: "Security Council Chamber" }],
    ["Alternate Representative for Special Political Affairs", { role: "Alternate Representative for Special Political Affairs" }],
    ["Deputy Permanent Representative", { role: "Deputy Permanent Representative" }],
    [
      "Ambassador and Permanent Representative of Nepal to the United Nations",
      { role: "Ambassador and Permanent Representative", delegation: "Nepal" },
    ],
    ["Ambassador Linda Thomas-Greenfield", { speaker: "Ambassador Linda Thomas-Greenfield" }],
    ["Mr. Daniel Osei", { speaker: "Mr. Daniel Osei" }],
    [
      "H.E. Mr. Omar Ali, Permanent Representative of Jordan, on behalf of the Arab Group",
      { speaker: "H.E. Mr. Omar Ali", role: "Permanent Representative", delegation: "Jordan", onBehalfOf: "Arab Group" },
    ],
    [
      "Csaba Kőrösi, President of the 77th session of the General Assembly",
      { speaker: "Csaba Kőrösi", role: "President of the 77th session of the General Assembly" },
    ],
    ["Check against delivery", { delivery: "check-against-delivery" }],
    ["AS DELIVERED", { delivery: "as-delivered" }],
    ["Seul le texte prononcé fait foi", { delivery: "check-against-delivery" }],
    ["Third Committee", { forum: "Third Committee" }],
    ["Misión Permanente de Colombia ante la ONU en Nueva York", { delegation: "Colombia" }],
    ["U.S. Mission to the United Nations", { delegation: "United States" }],
    ["Published: 18 March 2022", { date: "2022-03-18" }],
    ["SECRETARY-GENERAL", {}],
    ["Speech", {}],
  ])("reads %s", (line, hints) => expect(classifyPreambleLine(line)).toEqual(hints));

  it("reads a line of parts set apart by dashes, without taking its title", () => {
    expect(
      classifyPreambleLine(
        "Syrie Chimique - Intervention de M. François Delattre, représentant permanent de la France auprès des Nations unies (après le vote) - Conseil de sécurité - 28 février 2017",
      ),
    ).toEqual({
      speaker: "M. François Delattre",
      role: "représentant permanent",
      delegation: "France",
      forum: "Conseil de sécurité",
      date: "2017-02-28",
    });
  });

  it("returns null for an address and for a name alone", () => {
    expect(classifyPreambleLine("Mr. President")).toBeNull();
    expect(classifyPreambleLine("Madam Chair,")).toBeNull();
    expect(classifyPreambleLine("Susan E. Rice")).toBeNull();
  });
});
