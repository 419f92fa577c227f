import { describe, expect, it } from "vitest";
import { ATTRIBUTES_BY_KIND } from "../model/annotation.ts";
import { detectSuggestions, MAX_PARAGRAPH_CHARS, MAX_SUGGESTIONS } from "./detect-suggestions.ts";
import { SUGGESTION_RULES } from "./suggestion.ts";
import { TEST_INSTRUMENTS } from "./test-instruments.ts";

const paragraphs = [
  { id: "p1", text: "Mr. President, I speak on behalf of the Group of 77 and China." },
  {
    id: "p2",
    text: "We welcome the adoption of resolution 74/247 and reaffirm our support for the Palermo Convention. The Group will contribute to the review of the Convention.",
  },
  { id: "p3", text: "The Council adopted S/RES/2482 (2019); we condemn every attack. My delegation stands ready to help." },
];
const input = {
  paragraphs,
  instruments: TEST_INSTRUMENTS,
  delegation: "Uganda",
  onBehalfOf: "Group of 77 and China",
  forum: "Second Committee",
};

describe("detectSuggestions", () => {
  const suggestions = detectSuggestions(input);

  it("finds references, commitments and positions, in paragraph and offset order", () => {
    expect(suggestions.map((s) => [s.target.paragraphId, s.rule, s.quote])).toEqual([
      ["p2", "position-welcomes", "We welcome the adoption of resolution 74/247"],
      ["p2", "resolution-number", "resolution 74/247"],
      ["p2", "position-reaffirms", "reaffirm our support for the Palermo Convention"],
      ["p2", "instrument-name", "Palermo Convention"],
      ["p2", "commitment-allocation", "The Group will contribute to the review of the Convention"],
      ["p2", "instrument-anaphora", "the Convention"],
      ["p3", "un-symbol", "S/RES/2482 (2019)"],
      ["p3", "position-condemns", "we condemn every attack"],
      ["p3", "commitment-ready", "My delegation stands ready to help"],
    ]);
  });

  it("gives each suggestion exactly the attributes an accepted annotation of its kind carries", () => {
    for (const s of suggestions) {
      expect(ATTRIBUTES_BY_KIND[s.kind].safeParse(s.attributes).success).toBe(true);
      expect(SUGGESTION_RULES).toContain(s.rule);
      expect(s.confidence).toBeGreaterThan(0);
      expect(s.confidence).toBeLessThanOrEqual(1);
      expect(s.why).toContain('"');
    }
    const byRule = new Map(suggestions.map((s) => [s.rule, s]));
    expect(byRule.get("resolution-number")?.attributes).toEqual({ target: "A/RES/74/247", relation: "cites" });
    expect(byRule.get("position-welcomes")?.attributes).toEqual({ stance: "welcomes", actor: "Group of 77 and China" });
    expect(byRule.get("commitment-ready")?.attributes).toEqual({ strength: "aspiration", actor: "Uganda", action: "help" });
    expect(byRule.get("instrument-anaphora")?.confidence).toBeLessThan(0.5);
  });

  it("quotes the paragraph's own text at the target's UTF-16 offsets", () => {
    for (const s of suggestions) {
      const text = paragraphs.find((p) => p.id === s.target.paragraphId)!.text;
      expect(text.slice(s.target.start, s.target.end)).toBe(s.quote);
    }
    const astral = detectSuggestions({ paragraphs: [{ id: "p1", text: "🇺🇳 We welcome UNCAC." }], instruments: TEST_INSTRUMENTS });
    expect(astral.map((s) => [s.quote, s.target.start])).toEqual([
      ["We welcome UNCAC", 5],
      ["UNCAC", 16],
    ]);
  });

  it("keeps an ID when the paragraph changes elsewhere, so a dismissal sticks", () => {
    const edited = detectSuggestions({
      ...input,
      paragraphs: [paragraphs[0]!, { id: "p2", text: `Indeed, ${paragraphs[1]!.text}` }, paragraphs[2]!],
    });
    const id = (list: typeof suggestions, rule: string) => list.find((s) => s.rule === rule)?.id;
    expect(id(edited, "resolution-number")).toBe(id(suggestions, "resolution-number"));
    expect(id(edited, "instrument-name")).toBe(id(suggestions, "instrument-name"));
    expect(new Set(suggestions.map((s) => s.id)).size).toBe(suggestions.length);
  });

  it("gives the same words twice in a paragraph two IDs", () => {
    const twice = detectSuggestions({ paragraphs: [{ id: "p1", text: "UNCAC, then UNCAC." }], instruments: TEST_INSTRUMENTS });
    expect(twice).toHaveLength(2);
    expect(twice[0]!.id).not.toBe(twice[1]!.id);
  });

  it("finds only the kinds asked for", () => {
    const kinds = detectSuggestions({ ...input, kinds: ["cross-reference"] }).map((s) => s.kind);
    expect(new Set(kinds)).toEqual(new Set(["cross-reference"]));
  });

  it("finds nothing in a statement in another language", () => {
    expect(detectSuggestions({ ...input, language: "fr" })).toEqual([]);
    expect(detectSuggestions({ ...input, language: "en" })).toEqual(suggestions);
  });

  it("is the same on every run", () => {
    expect(detectSuggestions(input)).toEqual(suggestions);
  });
});

describe("detectSuggestions on hostile input", () => {
  const run = (text: string) =>
    detectSuggestions({ paragraphs: [{ id: "p1", text }], instruments: TEST_INSTRUMENTS, forum: "Security Council" });

  it("stays bounded on endless symbols, lists, spoken numbers, subjects and dots", () => {
    const shapes = [
      `A/${"1/".repeat(50_000)}`,
      `S/RES/ ${"1 / ".repeat(30_000)}`,
      `resolutions ${"74/247, ".repeat(20_000)}`,
      `${"seventy-four ".repeat(20_000)}slash two`,
      `${"We We ".repeat(20_000)}will act.`,
      `We will ${"also ".repeat(20_000)}act`,
      "A. ".repeat(50_000),
      `${"United Nations ".repeat(10_000)}Convention against Corruption`,
      `the ${"Protocol against the ".repeat(10_000)}`,
      "[[(((".repeat(40_000),
    ];
    for (const text of shapes) {
      const found = run(text);
      for (const s of found) {
        expect(s.target.start).toBeGreaterThanOrEqual(0);
        expect(s.target.end).toBeLessThanOrEqual(text.length);
        expect(s.target.end - s.target.start).toBeLessThanOrEqual(600);
      }
    }
    expect(run(`resolutions ${"74/247, ".repeat(20_000)}`).length).toBeGreaterThan(0);
    expect(run(`${"United Nations ".repeat(10_000)}Convention against Corruption`).map((s) => s.attributes)).toEqual([
      { target: "UNCAC", relation: "cites" },
    ]);
  });

  it("reads a paragraph only up to its limit, and stops at the suggestion limit", () => {
    const long = `${"x".repeat(MAX_PARAGRAPH_CHARS)} UNCAC`;
    expect(run(long)).toEqual([]);
    const many = Array.from({ length: 5_000 }, (_, i) => ({ id: `p${i + 1}`, text: "UNCAC, UNTOC, the SDGs, A/RES/70/1 and UN Charter." }));
    const found = detectSuggestions({ paragraphs: many, instruments: TEST_INSTRUMENTS });
    expect(found).toHaveLength(MAX_SUGGESTIONS);
  });
});
