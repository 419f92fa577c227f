import { describe, expect, it } from "vitest";
import { resolveTarget } from "./resolve-target.ts";

const p1 = "1. We welcome the adoption of the Convention against Transnational Organized Crime and its Protocols.";
const blocks = [
  { id: "h1", text: "Statement by China" },
  { id: "p1", text: p1 },
  { id: "p2", text: "2. China supports UNODC 😀 in its work." },
  { id: "p3", text: "3. Thank you." },
];

describe("resolveTarget", () => {
  it("computes the quote of a single-block span with up to 32 characters of context", () => {
    const start = p1.indexOf("Convention");
    const end = p1.indexOf(" and its");
    const r = resolveTarget(blocks, { paragraphId: "p1", start, end });
    expect(r).toEqual({
      ok: true,
      value: {
        target: { paragraphId: "p1", start, end },
        quote: {
          exact: "Convention against Transnational Organized Crime",
          prefix: " We welcome the adoption of the ",
          suffix: " and its Protocols.",
        },
      },
    });
  });

  it("keeps the prefix to 32 characters", () => {
    const start = p1.indexOf("Transnational");
    const r = resolveTarget(blocks, { paragraphId: "p1", start, end: start + 13 });
    expect(r.ok && r.value.quote.prefix).toBe("ption of the Convention against ");
    expect(r.ok && r.value.quote.prefix.length).toBe(32);
  });

  it("joins cross-block quotes with a newline and takes the suffix from the end block", () => {
    const start = p1.indexOf("its Protocols");
    const r = resolveTarget(blocks, { paragraphId: "p1", start, end: 8, endParagraphId: "p3" });
    expect(r.ok && r.value).toEqual({
      target: { paragraphId: "p1", start, end: 8, endParagraphId: "p3" },
      quote: {
        exact: "its Protocols.\n2. China supports UNODC 😀 in its work.\n3. Thank",
        prefix: "ansnational Organized Crime and ",
        suffix: " you.",
      },
    });
  });

  it("starts and ends in headings too, and drops an endParagraphId equal to paragraphId", () => {
    const r = resolveTarget(blocks, { paragraphId: "h1", start: 0, end: 9, endParagraphId: "h1" });
    expect(r.ok && r.value.target).toEqual({ paragraphId: "h1", start: 0, end: 9 });
    expect(r.ok && "endParagraphId" in r.value.target).toBe(false);
  });

  it("reports unknown paragraphs", () => {
    const r = resolveTarget(blocks, { paragraphId: "p9", start: 0, end: 1 });
    expect(!r.ok && r.error).toMatchObject({ code: "unknown_paragraph", details: { paragraphId: "p9" } });
    const r2 = resolveTarget(blocks, { paragraphId: "p1", start: 0, end: 1, endParagraphId: "p9" });
    expect(!r2.ok && r2.error.code).toBe("unknown_paragraph");
  });

  it("reports offsets out of range with the paragraph's length", () => {
    const r = resolveTarget(blocks, { paragraphId: "p3", start: 0, end: 14 });
    expect(!r.ok && r.error).toMatchObject({ code: "offset_out_of_range", details: { paragraphId: "p3", offset: 14, length: 13 } });
    expect(resolveTarget(blocks, { paragraphId: "p3", start: -1, end: 2 }).ok).toBe(false);
    expect(resolveTarget(blocks, { paragraphId: "p3", start: 0.5, end: 2 }).ok).toBe(false);
    const cross = resolveTarget(blocks, { paragraphId: "p2", start: 40, end: 2, endParagraphId: "p3" });
    expect(!cross.ok && cross.error.code).toBe("offset_out_of_range");
    const crossEnd = resolveTarget(blocks, { paragraphId: "p2", start: 3, end: 0, endParagraphId: "p3" });
    expect(!crossEnd.ok && crossEnd.error.code).toBe("offset_out_of_range");
  });

  it("reports empty and reversed ranges", () => {
    const empty = resolveTarget(blocks, { paragraphId: "p3", start: 4, end: 4 });
    expect(!empty.ok && empty.error.code).toBe("empty_range");
    const reversed = resolveTarget(blocks, { paragraphId: "p3", start: 5, end: 4 });
    expect(!reversed.ok && reversed.error.code).toBe("end_before_start");
    const blockOrder = resolveTarget(blocks, { paragraphId: "p3", start: 0, end: 4, endParagraphId: "p1" });
    expect(!blockOrder.ok && blockOrder.error).toMatchObject({
      code: "end_before_start",
      details: { paragraphId: "p3", endParagraphId: "p1" },
    });
  });

  it("checks a client's exact quote", () => {
    expect(resolveTarget(blocks, { paragraphId: "p3", start: 3, end: 8, exact: "Thank" }).ok).toBe(true);
    const r = resolveTarget(blocks, { paragraphId: "p3", start: 3, end: 8, exact: "Thanks" });
    expect(!r.ok && r.error).toMatchObject({ code: "quote_mismatch", details: { expected: "Thank", actual: "Thanks" } });
  });

  it("refuses offsets inside a surrogate pair and never splits one in the context", () => {
    const emoji = blocks[2]?.text.indexOf("😀") ?? -1;
    const r = resolveTarget(blocks, { paragraphId: "p2", start: emoji + 1, end: emoji + 5 });
    expect(!r.ok && r.error).toMatchObject({ code: "split_surrogate", details: { paragraphId: "p2", offset: emoji + 1 } });
    const even = "😀".repeat(20) + "tail";
    const r1 = resolveTarget([{ id: "p1", text: even }], { paragraphId: "p1", start: 40, end: 44 });
    expect(r1.ok && r1.value.quote.prefix).toBe("😀".repeat(16));
    // 32 units back from 41 lands inside a pair, so the prefix shrinks to 31 units
    const odd = "😀".repeat(20) + "a tail";
    const r2 = resolveTarget([{ id: "p1", text: odd }], { paragraphId: "p1", start: 41, end: 45 });
    expect(r2.ok && r2.value.quote.prefix).toBe("😀".repeat(15) + "a");
    const suffixText = "head" + "😀".repeat(20);
    const r3 = resolveTarget([{ id: "p1", text: suffixText }], { paragraphId: "p1", start: 0, end: 3 });
    expect(r3.ok && r3.value.quote.suffix).toBe("d" + "😀".repeat(15));
  });
});
