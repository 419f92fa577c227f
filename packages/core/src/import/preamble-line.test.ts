import { describe, expect, it } from "vitest";
import { classifyPreambleLine } from "./preamble-line.ts";

describe("classifyPreambleLine", () => {
  it("reads dates, places and notes", () => {
    expect(classifyPreambleLine("2023-11-02 10:00")).toEqual({ date: "2023-11-02" });
    expect(classifyPreambleLine("Geneva, 3 July 2023")).toEqual({ place: "Geneva", date: "2023-07-03" });
    expect(classifyPreambleLine("Check against delivery")).toEqual({});
    expect(classifyPreambleLine("Original: French")).toEqual({ language: "fr" });
  });

  it("reads a delivered-by line", () => {
    expect(classifyPreambleLine("To be delivered by H.E. Ms. Ada Tan, Permanent Representative of Fiji")).toEqual({
      speaker: "H.E. Ms. Ada Tan",
      delegation: "Fiji",
    });
  });

  it("reads a title, a speaker line and a mission line", () => {
    expect(classifyPreambleLine("Remarks by Ambassador Li Wei at the Human Rights Council")).toMatchObject({
      speaker: "Ambassador Li Wei",
    });
    expect(classifyPreambleLine("H.E. Mr. Omar Ali, Minister for Foreign Affairs of Jordan")).toEqual({
      speaker: "H.E. Mr. Omar Ali",
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
