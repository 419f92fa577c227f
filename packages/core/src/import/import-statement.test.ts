import { describe, expect, it } from "vitest";
import { importStatement } from "./import-statement.ts";

const NBSP = "\u00a0";
const EN = "\u2002";

/** Looks like a mission's web page copied as text: menu, breadcrumb, title, date, speech, share line. */
const MISSION_PAGE = [
  "Home Meetings & Statements Events & Activities About Us 中文",
  `${NBSP}${NBSP}Home${NBSP}>${NBSP} Our Mission${NBSP}>${NBSP} Speeches`,
  "Remarks by Ambassador Li Wei at the UN Security Council Open Debate on Maritime Security",
  "",
  "2023-11-02 10:00",
  "",
  "Mr. President,",
  "",
  `I thank the briefers.${EN}Piracy${EN}keeps evolving.`,
  "",
  "First, shipping lanes must stay open.",
  "",
  "Thank you, Mr. President.",
  "",
  "Suggest to a friend",
].join("\n");

/** Looks like a group statement in Markdown: bold title over broken lines, italic delivery line, escaped separator. */
const GROUP_MARKDOWN = [
  "**Statement of the Group of Asia-Pacific States  ",
  "at the 33rd Session of the Commission on  ",
  "Narcotic Drugs  ",
  "Vienna, 11-15 March 2024**",
  "",
  "*To be delivered by H.E. Ms. Ada Tan, Permanent Representative of  ",
  "Fiji, in her capacity as Chair of the Asia-Pacific Group*",
  "",
  "\\*\\*\\*\\*\\*",
  "",
  "Madam Chairperson,",
  "",
  "I have the honour to speak on behalf of the Asia Pacific Group.",
  "",
  "Drug Demand Reduction",
  "",
  "The Group stresses prevention and treatment, and we note the growing role of",
  "",
  "synthetic drugs in the region.",
  "",
  "## Alternative Development",
  "",
  "The Group supports alternative development.",
  "",
  "I thank you, Madam Chairperson.",
].join("\n");

describe("importStatement", () => {
  it("reads a copied web page as text", () => {
    const result = importStatement(MISSION_PAGE, "text");
    expect(result.blocks).toEqual([
      { kind: "paragraph", text: "Mr. President," },
      { kind: "paragraph", text: "I thank the briefers. Piracy keeps evolving." },
      { kind: "paragraph", text: "First, shipping lanes must stay open." },
      { kind: "paragraph", text: "Thank you, Mr. President." },
    ]);
    expect(result.metadata).toEqual({
      title: "Remarks by Ambassador Li Wei at the UN Security Council Open Debate on Maritime Security",
      speaker: "Ambassador Li Wei",
      forum: "UN Security Council Open Debate on Maritime Security",
      date: "2023-11-02",
    });
    expect(result.dropped.map((d) => d.reason)).toEqual(["navigation", "navigation", "metadata", "metadata", "share"]);
  });

  it("reads a group statement in Markdown", () => {
    const result = importStatement(GROUP_MARKDOWN, "markdown");
    expect(result.blocks).toEqual([
      { kind: "paragraph", text: "Madam Chairperson," },
      { kind: "paragraph", text: "I have the honour to speak on behalf of the Asia Pacific Group." },
      { kind: "heading", text: "Drug Demand Reduction", level: 2 },
      {
        kind: "paragraph",
        text: "The Group stresses prevention and treatment, and we note the growing role of synthetic drugs in the region.",
      },
      { kind: "heading", text: "Alternative Development", level: 2 },
      { kind: "paragraph", text: "The Group supports alternative development." },
      { kind: "paragraph", text: "I thank you, Madam Chairperson." },
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
    expect(result.dropped).toEqual([
      {
        text: "Statement of the Group of Asia-Pacific States at the 33rd Session of the Commission on Narcotic Drugs Vienna, 11-15 March 2024",
        reason: "metadata",
      },
      {
        text: "To be delivered by H.E. Ms. Ada Tan, Permanent Representative of Fiji, in her capacity as Chair of the Asia-Pacific Group",
        reason: "metadata",
      },
      { text: "*****", reason: "separator" },
    ]);
  });

  it("lets front matter win over the preamble", () => {
    const result = importStatement("---\ntitle: My title\n---\n\nStatement by Japan\n\nMr. Chair,\n\nWe agree.", "markdown");
    expect(result.metadata).toEqual({ title: "My title", delegation: "Japan" });
    expect(result.blocks.map((b) => b.text)).toEqual(["Mr. Chair,", "We agree."]);
    expect(result.dropped.map((d) => d.reason)).toEqual(["front-matter", "metadata"]);
  });

  it("reads an HTML page, applying the same boilerplate rules but no heading guessing", () => {
    const html =
      '<body><div class="crumbs">Home &gt; News &gt; Statements</div><h1>Statement by Japan</h1><p>Mr. Chair,</p>' +
      "<p>Kyoto Declaration</p><p>We <em>welcome</em> the<br>Declaration.</p><p>&nbsp;</p><p>Print | Share</p></body>";
    const result = importStatement(html, "html");
    expect(result.blocks).toEqual([
      { kind: "paragraph", text: "Mr. Chair," },
      { kind: "paragraph", text: "Kyoto Declaration" },
      { kind: "paragraph", text: "We welcome the Declaration." },
    ]);
    expect(result.metadata).toEqual({ title: "Statement by Japan", delegation: "Japan" });
    expect(result.dropped.map((d) => d.reason)).toEqual(["navigation", "metadata", "empty", "share"]);
  });

  it("keeps numbered paragraphs, each on its own", () => {
    const result = importStatement("1. The Group notes the report.\n2. The Group urges action\nwithout delay.", "text");
    expect(result.blocks.map((b) => b.text)).toEqual(["1. The Group notes the report.", "2. The Group urges action without delay."]);
  });

  it("returns nothing for empty input", () => {
    expect(importStatement(" \n\u00a0\n", "text")).toEqual({ blocks: [], metadata: {}, dropped: [] });
  });
});
