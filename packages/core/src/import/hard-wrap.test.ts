import { describe, expect, it } from "vitest";
import { splitHardWrapped } from "./hard-wrap.ts";
import { normaliseText } from "./normalise-text.ts";

const split = (text: string): string[] => splitHardWrapped(text.split("\n")).map(normaliseText);

describe("splitHardWrapped", () => {
  it("joins the wrapped lines of one paragraph", () => {
    expect(split("We welcome the convening of\ntoday's meeting and thank the\nSecretary-General.")).toEqual([
      "We welcome the convening of today's meeting and thank the Secretary-General.",
    ]);
  });

  it("splits where a line ends a sentence and the next starts a new one", () => {
    expect(split("The Group thanks the Chair.\nWe also thank the\nSecretariat for its work.\n\u201cNo one\u201d is left behind.")).toEqual([
      "The Group thanks the Chair.",
      "We also thank the Secretariat for its work.",
      "\u201cNo one\u201d is left behind.",
    ]);
  });

  it("keeps a short salutation on its own", () => {
    expect(split("Mr. President,\nI welcome the convening of this meeting and\nthank the briefers.")).toEqual([
      "Mr. President,",
      "I welcome the convening of this meeting and thank the briefers.",
    ]);
  });

  it("splits at numbering and keeps the numbers", () => {
    expect(split("1. The Group notes the report\nwith interest\n2. The Group urges action\n(a) on prevention")).toEqual([
      "1. The Group notes the report with interest",
      "2. The Group urges action",
      "(a) on prevention",
    ]);
  });

  it("splits where a first-line indent starts a paragraph", () => {
    expect(
      split("    We thank the Chair for her work and\nher leadership this year\n    We also welcome the report\nof the Secretariat"),
    ).toEqual(["We thank the Chair for her work and her leadership this year", "We also welcome the report of the Secretariat"]);
  });

  it("keeps a hyphen split across lines without a space", () => {
    expect(split("the inter-\nlinkages of crime")).toEqual(["the inter-linkages of crime"]);
  });

  it("keeps date lines and delivered-by lines of a preamble apart", () => {
    expect(split("Statement of the Group of\nAfrican States\nGeneva, 3 July 2023\nTo be delivered by Ms. Ada Tan")).toEqual([
      "Statement of the Group of African States",
      "Geneva, 3 July 2023",
      "To be delivered by Ms. Ada Tan",
    ]);
  });

  it("splits a short title line from the running text under it", () => {
    expect(
      split("Kyoto Declaration\nThe Group underlines its commitment towards the implementation of the\nDeclaration adopted in 2021."),
    ).toEqual(["Kyoto Declaration", "The Group underlines its commitment towards the implementation of the Declaration adopted in 2021."]);
  });

  it("splits only at salutations, numbering and separators when told not to split at sentences", () => {
    const lines = "Mr. Chair,\nWe agree.\nWe thank you.\n2. Next point".split("\n");
    expect(splitHardWrapped(lines, { atSentences: false }).map(normaliseText)).toEqual([
      "Mr. Chair,",
      "We agree. We thank you.",
      "2. Next point",
    ]);
  });

  it("reads 200,000 lines without overflowing the stack", () => {
    const lines = Array.from({ length: 200_000 }, () => "x");
    expect(splitHardWrapped(lines)).toEqual([lines.join("\n")]);
  });

  it("joins a word split at a line end by looking only at the end of the text so far", () => {
    expect(splitHardWrapped("We sup-\nport the trans-\nnational plan.".split("\n"))).toEqual(["We sup-port the trans-national plan."]);
  });

  it("ends a title wrapped over lines where the speech begins on the next line", () => {
    const lines = [
      "Statement by the Delegation of Esteria at the Fourth Committee",
      "on Agenda Item 52",
      "Thank you, Chair. Esteria aligns itself with the statement of the",
      "Non-Aligned Movement.",
    ];
    expect(splitHardWrapped(lines)).toEqual([
      "Statement by the Delegation of Esteria at the Fourth Committee\non Agenda Item 52",
      "Thank you, Chair. Esteria aligns itself with the statement of the\nNon-Aligned Movement.",
    ]);
  });

  it("keeps a title's lines together when they hold an honorific's dot", () => {
    const lines = ["Joint Statement by the Foreign Ministers", "Dr. Jo Ray and Mrs. Ana Lim at the General Assembly"];
    expect(splitHardWrapped(lines)).toHaveLength(1);
  });
});
