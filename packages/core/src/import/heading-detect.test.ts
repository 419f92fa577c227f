import { describe, expect, it } from "vitest";
import { looksLikeHeading, promoteHeadings } from "./heading-detect.ts";
import type { RawBlock } from "./types.ts";

const p = (text: string): RawBlock => ({ kind: "paragraph", text });

describe("looksLikeHeading", () => {
  it.each(["Kyoto Declaration", "Transnational Organised Crime", "Smuggling of Migrants", "FinGov", "Trafficking In Persons"])(
    "accepts %s",
    (line) => expect(looksLikeHeading(line)).toBe(true),
  );

  it.each([
    "Madam Chairperson,",
    "I thank you, Madam Chairperson.",
    "Thank you",
    "We welcome the report.",
    "the increasing role of",
    "Peace, Security and Development",
    "Home > China & UN > Highlights",
  ])("rejects %s", (line) => expect(looksLikeHeading(line)).toBe(false));
});

describe("promoteHeadings", () => {
  it("promotes a title-like line followed by running text to a level-2 heading", () => {
    const blocks = [p("Madam Chairperson,"), p("Kyoto Declaration"), p("The Group underlines its commitment to the Declaration.")];
    expect(promoteHeadings(blocks)[1]).toEqual({ kind: "heading", text: "Kyoto Declaration", level: 2 });
  });

  it("leaves a title-like line alone when nothing follows or the line before is unfinished", () => {
    expect(
      promoteHeadings([p("We note the increasing role of"), p("Organised Crime Groups"), p("Such groups profit from it.")])[1]?.kind,
    ).toBe("paragraph");
    expect(promoteHeadings([p("The Group thanks you."), p("Closing Remarks")])[1]?.kind).toBe("paragraph");
  });

  it("keeps salutations and closing lines as paragraphs", () => {
    const blocks = [p("Madam Chairperson,"), p("I have the honour to speak."), p("I thank you, Madam Chairperson.")];
    expect(promoteHeadings(blocks).map((b) => b.kind)).toEqual(["paragraph", "paragraph", "paragraph"]);
  });
});
