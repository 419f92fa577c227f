import { describe, expect, it } from "vitest";
import type { RawBlock } from "../types.ts";
import { MAX_RECORD_TURNS, splitRecord } from "./split-record.ts";

const paragraph = (text: string): RawBlock => ({ kind: "paragraph", text });
/** A name for the n-th speaker: names hold letters, not digits ("Mr. Xbc" for 12). */
const nameOf = (n: number): string => `X${[...String(n)].map((digit) => "abcdefghij"[Number(digit)]).join("")}`;

describe("splitRecord: what is not a record", () => {
  it("gives null for a statement with no turns", () => {
    expect(splitRecord([paragraph("Mr. President,"), paragraph("I thank you for convening this meeting.")])).toBeNull();
  });

  it("gives null for one turn", () => {
    expect(splitRecord([paragraph("S/PV.9500"), paragraph("The President: The meeting is adjourned.")])).toBeNull();
  });

  it("gives null for two marker-shaped paragraphs with nothing of a record around them", () => {
    expect(splitRecord([paragraph("Mr. Lee (Singapore): a note."), paragraph("Ms. Tan (Malaysia): another note.")])).toBeNull();
  });

  it("takes two turns with a record's line around them", () => {
    const record = splitRecord([
      paragraph("The meeting was called to order at 3 p.m."),
      paragraph("Mr. Lee (Singapore): Thank you."),
      paragraph("Ms. Tan (Malaysia): Thank you."),
    ]);
    expect(record?.turns.map((turn) => turn.speaker)).toEqual(["Mr. Lee", "Ms. Tan"]);
  });

  it("gives an empty text null", () => {
    expect(splitRecord([])).toBeNull();
  });
});

describe("splitRecord on hostile input", () => {
  it("reads 200,000 'Mr. (' in one paragraph and in lines, and finds no record", () => {
    expect(splitRecord([paragraph("Mr. (".repeat(200_000))])).toBeNull();
    expect(splitRecord([paragraph(Array.from({ length: 200_000 }, () => "Mr. (").join("\n"))])).toBeNull();
  });

  it("reads 100,000 lines of an unclosed marker, as lines and as blocks", () => {
    const lines = Array.from({ length: 100_000 }, (_, i) => `Mr. X${i} (`);
    expect(splitRecord([paragraph(lines.join("\n"))])).toBeNull();
    expect(splitRecord(lines.map(paragraph))).toBeNull();
  });

  it("stops at MAX_RECORD_TURNS and keeps the rest, marker and all, in the last turn", () => {
    const count = MAX_RECORD_TURNS + 500;
    const blocks = [
      paragraph("The meeting was called to order at 3 p.m."),
      ...Array.from({ length: count }, (_, i) => paragraph(`Mr. ${nameOf(i)} (Country${i}): Statement ${i}.`)),
    ];
    const record = splitRecord(blocks);
    expect(record?.turns).toHaveLength(MAX_RECORD_TURNS);
    expect(record?.truncated).toBe(true);
    const last = record?.turns.at(-1);
    expect(last?.speaker).toBe(`Mr. ${nameOf(MAX_RECORD_TURNS - 1)}`);
    expect(last?.blocks).toHaveLength(1 + count - MAX_RECORD_TURNS);
    expect(last?.blocks.at(-1)?.text).toBe(`Mr. ${nameOf(count - 1)} (Country${count - 1}): Statement ${count - 1}.`);
  });

  it("reads a cover of 100,000 lines and a 1,000,000-character turn", () => {
    const record = splitRecord([
      paragraph(Array.from({ length: 100_000 }, () => "Members: Albania Mr. Hoxha").join("\n")),
      paragraph("The President: Welcome."),
      paragraph(`Mr. Lee (Singapore): ${"on behalf of ".repeat(80_000)}`),
    ]);
    expect(record?.turns.map((turn) => [turn.speaker, turn.onBehalfOf])).toEqual([
      ["The President", undefined],
      ["Mr. Lee", undefined],
    ]);
  });
});
