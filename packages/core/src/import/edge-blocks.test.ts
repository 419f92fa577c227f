import { describe, expect, it } from "vitest";
import { stripEdgeBlocks } from "./edge-blocks.ts";
import type { RawBlock } from "./types.ts";

const p = (text: string): RawBlock => ({ kind: "paragraph", text });

describe("stripEdgeBlocks", () => {
  it("drops whole boilerplate blocks at the edges", () => {
    expect(stripEdgeBlocks([p("Home About Contact"), p("Mr. Chair,"), p("Print"), p("We agree."), p("Share")])).toEqual({
      kept: [p("Mr. Chair,"), p("Print"), p("We agree.")],
      top: [{ text: "Home About Contact", reason: "navigation" }],
      bottom: [{ text: "Share", reason: "share" }],
    });
  });

  it("drops boilerplate lines run into the first and last blocks", () => {
    const result = stripEdgeBlocks([
      p("Home News About\n\u00a0Home > News > Speeches\nRemarks by Ambassador Li Wei"),
      p("We agree.\nPrint\nBack to top"),
    ]);
    expect(result.kept).toEqual([p("Remarks by Ambassador Li Wei"), p("We agree.")]);
    expect(result.top.map((d) => d.text)).toEqual(["Home News About", "Home > News > Speeches"]);
    expect(result.bottom).toEqual([
      { text: "Print", reason: "share" },
      { text: "Back to top", reason: "footer" },
    ]);
  });

  it("leaves speech alone", () => {
    const blocks = [p("Mr. Chair,"), p("We agree.")];
    expect(stripEdgeBlocks(blocks)).toEqual({ kept: blocks, top: [], bottom: [] });
  });

  it("keeps 20,000 blocks in order, reading each line once", () => {
    const blocks = Array.from({ length: 20_000 }, (_, i) => p(`Paragraph ${i} is short.`));
    expect(stripEdgeBlocks([p("Home About Contact"), ...blocks, p("Print")])).toEqual({
      kept: blocks,
      top: [{ text: "Home About Contact", reason: "navigation" }],
      bottom: [{ text: "Print", reason: "share" }],
    });
  });
});
