import { describe, expect, it } from "vitest";
import { extractPreamble } from "./preamble.ts";
import type { RawBlock } from "./types.ts";

const p = (text: string): RawBlock => ({ kind: "paragraph", text });

describe("extractPreamble", () => {
  it("moves title and date lines into metadata and starts at the salutation", () => {
    const result = extractPreamble([
      p("Remarks by Ambassador Li Wei at the UN Security Council Open Debate on Maritime Security"),
      p("2023-11-02 10:00"),
      p("Mr. President,"),
      p("I thank the briefers."),
    ]);
    expect(result.blocks).toEqual([p("Mr. President,"), p("I thank the briefers.")]);
    expect(result.metadata).toEqual({
      title: "Remarks by Ambassador Li Wei at the UN Security Council Open Debate on Maritime Security",
      speaker: "Ambassador Li Wei",
      forum: "UN Security Council Open Debate on Maritime Security",
      date: "2023-11-02",
    });
    expect(result.dropped.map((d) => d.reason)).toEqual(["metadata", "metadata"]);
  });

  it("reads a bold title block over several lines and a delivered-by line", () => {
    const result = extractPreamble([
      p(
        "Statement of the Group of Asia-Pacific States\nat the 33rd Session of the Commission on\nNarcotic Drugs\nVienna, 11-15 March 2024",
      ),
      p("To be delivered by H.E. Ms. Ada Tan, Permanent Representative of\nFiji, in her capacity as Chair of the Asia-Pacific Group"),
      p("Madam Chairperson,"),
      p("I have the honour to speak."),
    ]);
    expect(result.metadata).toEqual({
      title: "Statement of the Group of Asia-Pacific States at the 33rd Session of the Commission on Narcotic Drugs",
      onBehalfOf: "Asia-Pacific Group",
      forum: "33rd Session of the Commission on Narcotic Drugs",
      place: "Vienna",
      date: "2024-03-11",
      speaker: "H.E. Ms. Ada Tan",
      delegation: "Fiji",
    });
    expect(result.blocks[0]?.text).toBe("Madam Chairperson,");
    expect(result.dropped[1]?.text).toBe(
      "To be delivered by H.E. Ms. Ada Tan, Permanent Representative of Fiji, in her capacity as Chair of the Asia-Pacific Group",
    );
  });

  it("leaves a text with no preamble alone, reading the group from the opening", () => {
    const blocks = [p("Mr. Chair,"), p("I speak on behalf of the Asia Pacific Group. We thank you.")];
    expect(extractPreamble(blocks)).toEqual({ blocks, metadata: { onBehalfOf: "Asia-Pacific Group" }, dropped: [] });
  });

  it("keeps everything when nothing but preamble-like lines are found", () => {
    const blocks = [p("Statement by Japan")];
    expect(extractPreamble(blocks)).toEqual({ blocks, metadata: {}, dropped: [] });
  });
});
