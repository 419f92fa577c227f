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
      role: "Permanent Representative",
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

describe("extractPreamble on the header shapes of issue 14", () => {
  it("takes a role and city line, a date and a delivery note, never making them ¶1", () => {
    const result = extractPreamble([
      p("Explanation of Vote on a UN Security Council Resolution"),
      p("Ambassador Robert Hale\nAlternate Representative for Special Political Affairs\nNew York, New York"),
      p("December 7, 2023"),
      p("AS DELIVERED"),
      p("Thank you, Madam President."),
    ]);
    expect(result.blocks).toEqual([p("Thank you, Madam President.")]);
    expect(result.metadata).toEqual({
      title: "Explanation of Vote on a UN Security Council Resolution",
      forum: "UN Security Council",
      speaker: "Ambassador Robert Hale",
      role: "Alternate Representative for Special Political Affairs",
      place: "New York",
      date: "2023-12-07",
      delivery: "as-delivered",
    });
    expect(result.dropped.every((line) => line.reason === "metadata")).toBe(true);
  });

  it("cuts a dateline off the first paragraph and keeps the paragraph", () => {
    const result = extractPreamble([
      p("Remarks by Ambassador Li Wei"),
      p("7 December 2023, New York – Thank you, Mr. President. We begin."),
    ]);
    expect(result.blocks).toEqual([p("Thank you, Mr. President. We begin.")]);
    expect(result.metadata).toMatchObject({ date: "2023-12-07", place: "New York" });
    expect(result.dropped.at(-1)).toEqual({ text: "7 December 2023, New York –", reason: "metadata" });
  });

  it("reads a speaker line imported as a heading, and a name alone beside other header lines", () => {
    const result = extractPreamble([
      { kind: "heading", text: "Ms. Elena Petrova", level: 3 },
      p("Susan E. Rice\nU.S. Permanent Representative to the United Nations"),
      p("Mr. Chair,"),
    ]);
    expect(result.metadata).toEqual({
      speaker: "Ms. Elena Petrova",
      role: "U.S. Permanent Representative to the United Nations",
      delegation: "United States",
    });
    expect(result.blocks).toEqual([p("Mr. Chair,")]);
  });

  it("makes one title of a title split over blocks", () => {
    const result = extractPreamble([
      p("Statement by H.E. Ms. Amina Yusuf, Permanent Representative of Esteria"),
      p("at the Sixth Committee debate on the rule of law"),
      p("Check against delivery"),
      p("Mr. Chair,"),
    ]);
    expect(result.metadata).toMatchObject({
      title: "Statement by H.E. Ms. Amina Yusuf, Permanent Representative of Esteria at the Sixth Committee debate on the rule of law",
      forum: "Sixth Committee debate on the rule of law",
      delivery: "check-against-delivery",
    });
    expect(result.dropped).toHaveLength(3);
  });

  it("takes a title the page gives no opening words to, when header lines follow it", () => {
    const result = extractPreamble([p("Debate on the annual report of the Security Council"), p("30 June 2023"), p("Excellencies,")]);
    expect(result.metadata).toEqual({ title: "Debate on the annual report of the Security Council", date: "2023-06-30" });
    const alone = [p("Debate on the annual report"), p("Excellencies,"), p("We meet today.")];
    expect(extractPreamble(alone).blocks).toEqual(alone);
  });

  it("reads a label on its own line with its value on the next, and drops a short rule", () => {
    const result = extractPreamble([
      p("—-"),
      p("Published"),
      p("18 March 2022"),
      p("From:"),
      p("Foreign Office"),
      p("Thank you. We begin."),
    ]);
    expect(result.metadata).toEqual({ date: "2022-03-18" });
    expect(result.dropped.map((line) => line.reason)).toEqual(["separator", "metadata", "metadata", "metadata", "metadata"]);
  });

  it("does not take a group the speaker only aligns with", () => {
    const blocks = [p("Mr. President,"), p("We align ourselves with the statement delivered on behalf of the Group of 77 and China.")];
    expect(extractPreamble(blocks).metadata).toEqual({});
  });

  it("reads 200,000 header-like lines in one block and 20,000 blocks of them", () => {
    const line = "Ambassador and Permanent Representative of ";
    expect(extractPreamble([p(line.repeat(200_000)), p("We begin.")]).blocks).toHaveLength(2);
    const many = Array.from({ length: 20_000 }, () => p("Deputy Permanent Representative"));
    expect(extractPreamble([...many, p("We begin.")]).blocks).toEqual([p("We begin.")]);
  });
});

describe("extractPreamble between a name and a title", () => {
  it("reads two capitalised words over a date as a title, and over a role line as a name", () => {
    expect(extractPreamble([p("Climate Change"), p("7 December 2023"), p("Mr. President,")]).metadata).toEqual({
      title: "Climate Change",
      date: "2023-12-07",
    });
    expect(extractPreamble([p("Susan Rice"), p("Deputy Permanent Representative"), p("Mr. President,")]).metadata).toEqual({
      speaker: "Susan Rice",
      role: "Deputy Permanent Representative",
    });
  });
});
