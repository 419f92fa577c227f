import { describe, expect, it } from "vitest";
import { endsSentence, startsLowercase, startsSentence, wordCount } from "./sentence.ts";

describe("sentence helpers", () => {
  it("sees a sentence end, with closing quotes after it", () => {
    expect(endsSentence("We agree.")).toBe(true);
    expect(endsSentence("as follows:")).toBe(true);
    expect(endsSentence("\u201cnever again.\u201d")).toBe(true);
    expect(endsSentence("the increasing role of")).toBe(false);
    expect(endsSentence("Madam Chairperson,")).toBe(false);
  });

  it("sees how a line starts", () => {
    expect(startsSentence("The Group")).toBe(true);
    expect(startsSentence("2. The Group")).toBe(true);
    expect(startsSentence("\u201cNo one")).toBe(true);
    expect(startsSentence("and the")).toBe(false);
    expect(startsLowercase("\u00a0transnational groups")).toBe(true);
  });

  it("counts words across any white space", () => {
    expect(wordCount(" a\u00a0b\nc ")).toBe(3);
    expect(wordCount("")).toBe(0);
  });
});
