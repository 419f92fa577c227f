import type { ImportDuplicate } from "@verbatim/contract";
import { describe, expect, it } from "vitest";
import { matchSentence, matchShare, optionDetail, whoAndWhen } from "./duplicate-text.ts";

const duplicate = (over: Partial<ImportDuplicate> = {}, statement: Partial<ImportDuplicate["statement"]> = {}): ImportDuplicate => ({
  statement: {
    id: "0b5c7d4e-9a51-4c1e-8f0a-3d2b1c4e5f60",
    slug: "2023-12-07-unsc-china",
    title: "Remarks at the open debate",
    delegation: "China",
    date: "2023-12-07",
    revision: 1,
    ...statement,
  },
  verdict: "mostly",
  share: 0.96,
  same: 24,
  total: 25,
  ...over,
});

describe("the duplicate notice's words", () => {
  it("names the one match with its delegation, date and share", () => {
    expect(matchSentence([duplicate()])).toBe("This text matches Remarks at the open debate (China, 2023-12-07): 96% of its paragraphs.");
    expect(matchSentence([duplicate({ verdict: "identical", share: 1, same: 25 })])).toBe(
      "This text matches Remarks at the open debate (China, 2023-12-07): the same paragraphs.",
    );
  });

  it("counts several matches", () => {
    expect(matchSentence([duplicate(), duplicate()])).toBe("This text matches 2 statements already in the library.");
    expect(matchSentence([])).toBe("");
    expect(optionDetail(duplicate())).toBe("China, 2023-12-07 — 96% of its paragraphs");
    expect(optionDetail(duplicate({}, { delegation: null, date: null }))).toBe("96% of its paragraphs");
  });

  it("rounds the share down, so that only the same text reads 100%", () => {
    expect(matchShare({ verdict: "mostly", share: 0.999 })).toBe("99% of its paragraphs");
    expect(matchShare({ verdict: "mostly", share: 0.8 })).toBe("80% of its paragraphs");
  });

  it("leaves out what the statement does not say", () => {
    expect(whoAndWhen({ delegation: null, date: "2023-12-07" })).toBe(" (2023-12-07)");
    expect(whoAndWhen({ delegation: null, date: null })).toBe("");
  });
});
