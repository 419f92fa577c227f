import { describe, expect, it } from "vitest";
import { joinBrokenParagraphs } from "./join-broken.ts";
import type { RawBlock } from "./types.ts";

const p = (text: string): RawBlock => ({ kind: "paragraph", text });

describe("joinBrokenParagraphs", () => {
  it("joins a paragraph broken mid-sentence", () => {
    expect(joinBrokenParagraphs([p("We note the increasing role of"), p("organised criminal groups in this crime."), p("Next.")])).toEqual([
      p("We note the increasing role of\norganised criminal groups in this crime."),
      p("Next."),
    ]);
  });

  it("leaves finished sentences, capitals, salutations and headings apart", () => {
    const blocks: RawBlock[] = [
      p("We thank you."),
      p("and we go on."),
      p("Mr. President,"),
      p("colleagues are welcome."),
      { kind: "heading", text: "Corruption", level: 2 },
      p("measures are needed."),
      p("Kyoto Declaration"),
      p("The Group underlines it."),
    ];
    expect(joinBrokenParagraphs(blocks)).toEqual(blocks);
  });

  it("joins a chain of 20,000 broken parts into one, reading each part once", () => {
    const parts = [p("We note"), ...Array.from({ length: 20_000 }, () => p("and more"))];
    expect(joinBrokenParagraphs(parts)).toEqual([p(["We note", ...Array.from({ length: 20_000 }, () => "and more")].join("\n"))]);
  });

  it("stops joining once the joined text reads as a salutation", () => {
    expect(joinBrokenParagraphs([p("and"), p("madam chair"), p("we agree.")])).toEqual([p("and\nmadam chair"), p("we agree.")]);
  });
});
