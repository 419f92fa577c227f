import { resolveTarget } from "@verbatim/core";
import { describe, expect, it } from "vitest";
import { selectionToTarget } from "./selection-to-target.ts";
import type { TargetDraft } from "../annotations/index.ts";
import { positionIn, TEST_BLOCKS, testDoc } from "./test-statement.ts";

const doc = testDoc();
const at = (id: string, offset: number) => positionIn(doc, id, offset);
const p2 = TEST_BLOCKS[2]?.text ?? "";
const serverBlocks = TEST_BLOCKS.map(({ id, text }) => ({ id, text }));

/** The server must accept every target the reader makes, and compute the same quote, prefix and suffix too. */
function expectServerAgrees(draft: TargetDraft | null, blocks = serverBlocks): void {
  if (!draft) throw new Error("expected a target");
  const resolved = resolveTarget(blocks, { ...draft.target, exact: draft.quote.exact });
  if (!resolved.ok) throw new Error(`the server rejects it: ${resolved.error.message}`);
  expect(resolved.value.quote).toEqual(draft.quote);
  expect(resolved.value.target).toEqual(draft.target);
}

describe("selectionToTarget", () => {
  it("maps a span within one paragraph to offsets in its text", () => {
    const start = p2.indexOf("welcome");
    const target = selectionToTarget(doc, at("p2", start), at("p2", start + 7));
    expect(target).toEqual({
      target: { paragraphId: "p2", start, end: start + 7 },
      quote: { exact: "welcome", prefix: "We ", suffix: p2.slice(start + 7, start + 7 + 32) },
    });
    expectServerAgrees(target);
  });

  it("maps a span across paragraphs, joining them with a newline as the server does", () => {
    const target = selectionToTarget(doc, at("p1", 4), at("p2", 10));
    expect(target?.target).toEqual({ paragraphId: "p1", start: 4, end: 10, endParagraphId: "p2" });
    expect(target?.quote).toMatchObject({ exact: "President,\nWe welcome", prefix: "Mr. " });
    expectServerAgrees(target);
  });

  it("includes whole blocks between the ends, headings too", () => {
    const target = selectionToTarget(doc, at("p2", p2.length - 6), at("p3", 7));
    expect(target?.quote.exact).toBe("basis.\nCommitments\nWe will");
    expect(target?.target.endParagraphId).toBe("p3");
    expectServerAgrees(target);
  });

  it("lets a span start or end on a heading", () => {
    const fromHeading = selectionToTarget(doc, at("h1", 8), at("p1", 3));
    expect(fromHeading).toMatchObject({ target: { paragraphId: "h1", start: 8, endParagraphId: "p1" }, quote: { exact: "remarks\nMr." } });
    expectServerAgrees(fromHeading);
    const toHeading = selectionToTarget(doc, at("p2", p2.length - 6), at("h2", 6));
    expect(toHeading).toMatchObject({ target: { paragraphId: "p2", endParagraphId: "h2", end: 6 }, quote: { exact: "basis.\nCommit" } });
    expectServerAgrees(toHeading);
  });

  it("trims white space at both ends", () => {
    const start = p2.indexOf(" welcome ");
    const target = selectionToTarget(doc, at("p2", start), at("p2", start + 9));
    expect(target).toMatchObject({ target: { start: start + 1, end: start + 8 }, quote: { exact: "welcome" } });
    expectServerAgrees(target);
  });

  it("moves an end that sits at the start of a block back into the block before", () => {
    // Triple-click style: the selection runs to the start of the next paragraph.
    const target = selectionToTarget(doc, at("p1", 0), at("p2", 0));
    expect(target?.target).toEqual({ paragraphId: "p1", start: 0, end: 14 });
    expect(target?.quote.exact).toBe("Mr. President,");
    expectServerAgrees(target);
  });

  it("moves a start that sits at the end of a block on to the next one", () => {
    const target = selectionToTarget(doc, at("p1", 14), at("p2", 2));
    expect(target?.target).toEqual({ paragraphId: "p2", start: 0, end: 2 });
    expect(target?.quote.exact).toBe("We");
    expectServerAgrees(target);
  });

  it("reads positions between blocks as the edge of the block on the inside of the span", () => {
    const target = selectionToTarget(doc, at("p1", 14) + 1, at("p3", 0) - 1);
    expect(target?.target).toMatchObject({ paragraphId: "p2", start: 0, endParagraphId: "h2", end: 11 });
    expectServerAgrees(target);
  });

  it("maps select-all to the whole statement", () => {
    const target = selectionToTarget(doc, 0, doc.content.size);
    expect(target?.target).toMatchObject({ paragraphId: "h1", start: 0, endParagraphId: "p3", end: TEST_BLOCKS[4]?.text.length });
    expect(target?.quote).toEqual({ exact: TEST_BLOCKS.map((b) => b.text).join("\n"), prefix: "", suffix: "" });
    expectServerAgrees(target);
  });

  it("counts offsets in UTF-16 units and never splits a surrogate pair", () => {
    const globe = p2.indexOf("🌍");
    expect(selectionToTarget(doc, at("p2", globe), at("p2", globe + 2))).toMatchObject({
      target: { start: globe, end: globe + 2 },
      quote: { exact: "🌍" },
    });
    const widened = selectionToTarget(doc, at("p2", globe + 1), at("p2", globe + 5));
    expect(widened).toMatchObject({ target: { start: globe, end: globe + 5 }, quote: { exact: "🌍 as" } });
    expectServerAgrees(widened);
  });

  it("returns null for an empty selection and for white space only", () => {
    expect(selectionToTarget(doc, at("p2", 3), at("p2", 3))).toBeNull();
    expect(selectionToTarget(doc, at("p2", 5), at("p2", 3))).toBeNull();
    expect(selectionToTarget(doc, at("p2", 2), at("p2", 3))).toBeNull();
    expect(selectionToTarget(doc, at("p1", 14), at("p2", 0))).toBeNull();
  });

  it("keeps a whole paragraph selected from the end of the one before to the start of the one after", () => {
    const target = selectionToTarget(doc, at("p1", 14), at("h2", 0));
    expect(target?.target).toEqual({ paragraphId: "p2", start: 0, end: p2.length });
    expect(target?.quote.exact).toBe(p2);
    expectServerAgrees(target);
  });

  it("carries empty blocks inside a span into the quote as the server does", () => {
    const blocks = [
      { id: "p1", number: 1, kind: "paragraph" as const, section: null, text: "One two" },
      { id: "p2", number: 2, kind: "paragraph" as const, section: null, text: "" },
      { id: "p3", number: 3, kind: "paragraph" as const, section: null, text: "three four" },
    ];
    const withGap = testDoc(blocks);
    const target = selectionToTarget(withGap, positionIn(withGap, "p1", 4), positionIn(withGap, "p3", 5));
    expect(target?.quote.exact).toBe("two\n\nthree");
    expectServerAgrees(target, blocks);
  });
});
