import { describe, expect, it } from "vitest";
import { parseSpeakerLine } from "./speaker-line.ts";

describe("parseSpeakerLine", () => {
  it("reads speaker, delegation and the group chaired", () => {
    expect(
      parseSpeakerLine(
        "H.E. Mr. Ana Lim, Permanent Representative of\nPalau, in her capacity as Chair of the Asia-Pacific Group in Vienna (May-Oct. 2023)",
      ),
    ).toEqual({ speaker: "H.E. Mr. Ana Lim", delegation: "Palau", onBehalfOf: "Asia-Pacific Group" });
  });

  it("reads on behalf of", () => {
    expect(
      parseSpeakerLine(
        "Ambassador Jo Ray, Permanent Representative of the Republic of Oz to the United Nations, on behalf of the Group of 77 and China",
      ),
    ).toEqual({
      speaker: "Ambassador Jo Ray",
      delegation: "Republic of Oz",
      onBehalfOf: "Group of 77 and China",
    });
  });

  it("gives just the speaker when nothing else is said", () => {
    expect(parseSpeakerLine("Ms. Kim Lee")).toEqual({ speaker: "Ms. Kim Lee" });
  });

  it("reads a line of 20,000 unfinished portfolios once", () => {
    expect(parseSpeakerLine(`H.E. Mr. A, ${"Minister for ".repeat(20_000)}`)).toEqual({ speaker: "H.E. Mr. A" });
  });
});
