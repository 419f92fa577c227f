import { describe, expect, it } from "vitest";
import { sourceText } from "./source-text.ts";
import type { RefiParagraph } from "./types.ts";

const block = (id: string, text: string): RefiParagraph => ({ id, number: null, kind: id.startsWith("h") ? "heading" : "paragraph", text });
/** The text between two code-point positions, as a QDA tool reads a selection. */
const cut = (text: string, start: number, end: number) => [...text].slice(start, end).join("");

describe("a statement as a plain-text source", () => {
  const blocks = [block("h1", "Opening"), block("p1", "We 🌍 urge “all States” to act."), block("p2", "𝐁old 🇫🇷 pledge.")];
  const source = sourceText(blocks);

  it("joins the blocks by a blank line, headings included, the title left out", () => {
    expect(source.text).toBe("Opening\n\nWe 🌍 urge “all States” to act.\n\n𝐁old 🇫🇷 pledge.");
    expect(source.length).toBe([...source.text].length);
  });

  it("counts positions in code points across an astral character before the quote", () => {
    const p1 = blocks[1]!.text;
    const start = p1.indexOf("“all");
    const end = p1.indexOf(" to act");
    const span = source.locate({ paragraphId: "p1", start, end })!;
    expect(cut(source.text, span.start, span.end)).toBe("“all States”");
    expect(span.start).toBe("Opening\n\nWe 🌍 urge ".length - 1);
  });

  it("places a span that ends in another paragraph", () => {
    const p2 = blocks[2]!.text;
    const span = source.locate({
      paragraphId: "p1",
      start: blocks[1]!.text.indexOf("to act"),
      end: p2.indexOf(" pledge"),
      endParagraphId: "p2",
    })!;
    expect(cut(source.text, span.start, span.end)).toBe("to act.\n\n𝐁old 🇫🇷");
  });

  it("holds offsets to the paragraph and refuses targets it cannot place", () => {
    const whole = source.locate({ paragraphId: "p2", start: -5, end: 10_000 })!;
    expect(cut(source.text, whole.start, whole.end)).toBe(blocks[2]!.text);
    expect(whole.end).toBe(source.length);
    expect(source.locate({ paragraphId: "p9", start: 0, end: 1 })).toBeNull();
    expect(source.locate({ paragraphId: "p2", start: 0, end: 1, endParagraphId: "p1" })).toBeNull();
    expect(source.locate({ paragraphId: "p1", start: 5, end: 2 })).toBeNull();
  });

  it("has an empty text for a statement without blocks", () => {
    expect(sourceText([])).toMatchObject({ text: "", length: 0 });
  });
});
