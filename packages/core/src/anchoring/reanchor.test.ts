import { describe, expect, it } from "vitest";
import type { TextQuote, TextTarget } from "../model/annotation.ts";
import { reanchor } from "./reanchor.ts";
import { resolveTarget } from "./resolve-target.ts";
import type { TextBlock } from "./text-block.ts";

const original: TextBlock[] = [
  { id: "h1", text: "Transnational organized crime" },
  { id: "p1", text: "1. China welcomes the entry into force of the Convention and urges all States to ratify it." },
  { id: "p2", text: "2. We are concerned about cybercrime and the misuse of information and communications technologies." },
  { id: "p3", text: "3. China stands ready to work with all parties." },
];

/** Makes an annotation on `original` covering `exact` in block `id`. */
function annotate(id: string, exact: string, blocks: readonly TextBlock[] = original): { target: TextTarget; quote: TextQuote } {
  const start = blocks.find((b) => b.id === id)?.text.indexOf(exact) ?? -1;
  const r = resolveTarget(blocks, { paragraphId: id, start, end: start + exact.length });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

const withText = (id: string, text: string, blocks: readonly TextBlock[] = original): TextBlock[] =>
  blocks.map((b) => (b.id === id ? { id, text } : b));

const quoteAt = (blocks: readonly TextBlock[], t: TextTarget): string => {
  const r = resolveTarget(blocks, t);
  return r.ok ? r.value.quote.exact : "";
};

describe("reanchor", () => {
  it("keeps paragraph and offsets when the quote still matches there", () => {
    const a = annotate("p2", "concerned about cybercrime");
    const r = reanchor(a.quote, a.target, withText("p3", "3. China is ready."));
    expect(r).toEqual({ ...a, method: "exact-position" });
  });

  it("finds the quote again in the same paragraph after an edit before it", () => {
    const a = annotate("p2", "concerned about cybercrime");
    const blocks = withText(
      "p2",
      "2. Mr. President, we are deeply concerned about cybercrime and the misuse of information and communications technologies.",
    );
    const r = reanchor(a.quote, a.target, blocks);
    expect(r).toMatchObject({ method: "quote-in-paragraph", target: { paragraphId: "p2" } });
    if ("target" in r) expect(quoteAt(blocks, r.target)).toBe("concerned about cybercrime");
  });

  it("tells repeated occurrences apart by prefix and suffix before nearness", () => {
    const text = "We urge States to ratify the Convention. We urge States to implement the Protocols.";
    const start = text.lastIndexOf("urge States to");
    const made = resolveTarget([{ id: "p1", text }], { paragraphId: "p1", start, end: start + 14 });
    if (!made.ok) throw new Error(made.error.message);
    const moved = [{ id: "p1", text: "We urge States to implement the Protocols. We urge States to ratify the Convention." }];
    const r = reanchor(made.value.quote, made.value.target, moved);
    expect(r).toMatchObject({ method: "quote-in-paragraph", target: { paragraphId: "p1", start: 3, end: 17 } });
  });

  it("picks the occurrence nearest the old offset when the context does not decide", () => {
    const blocks = [{ id: "p1", text: "crime crime crime crime" }];
    const r = reanchor({ exact: "crime", prefix: "", suffix: "" }, { paragraphId: "p1", start: 13, end: 17 }, blocks);
    expect(r).toMatchObject({ method: "quote-in-paragraph", target: { start: 12, end: 17 } });
  });

  it("matches fuzzily when the quote itself was corrected", () => {
    const a = annotate("p1", "urges all States to ratify it");
    const blocks = withText(
      "p1",
      "1. China welcomes the entry into force of the Convention and urges all States to ratify the Convention.",
    );
    const r = reanchor(a.quote, a.target, blocks);
    expect(r).toMatchObject({ method: "fuzzy", target: { paragraphId: "p1" } });
    if ("target" in r) expect(quoteAt(blocks, r.target)).toMatch(/^urges all States to ratify/);
  });

  it("follows a quote into another paragraph when its own paragraph is gone", () => {
    const a = annotate("p3", "stands ready to work with all parties");
    const blocks = [
      ...original.filter((b) => b.id !== "p3"),
      { id: "p4", text: "4. China stands ready to work with all parties concerned." },
    ];
    const r = reanchor(a.quote, a.target, blocks);
    expect(r).toMatchObject({ method: "fuzzy", target: { paragraphId: "p4" } });
    if ("target" in r) expect(quoteAt(blocks, r.target)).toBe("stands ready to work with all parties");
  });

  it("prefers the block nearer the old one among equally good fuzzy matches", () => {
    const same = "We will cooperate fully.";
    const blocks = [
      { id: "p1", text: same },
      { id: "p2", text: "Filler." },
      { id: "p3", text: "Filler." },
      { id: "p5", text: same },
      { id: "p6", text: "Filler." },
    ];
    const r = reanchor({ exact: "cooperate fully", prefix: "We will ", suffix: "." }, { paragraphId: "p4", start: 8, end: 23 }, blocks);
    expect(r).toMatchObject({ method: "fuzzy" });
    const r2 = reanchor({ exact: "cooperate fully", prefix: "We will ", suffix: "." }, { paragraphId: "p6", start: 8, end: 23 }, blocks);
    expect(r2).toMatchObject({ method: "fuzzy", target: { paragraphId: "p5" } });
  });

  it("orphans an annotation whose quote changed by more than a fifth", () => {
    const a = annotate("p2", "misuse of information and communications technologies");
    const blocks = withText("p2", "2. We are concerned about cybercrime and the abuse of ICTs by criminal groups.");
    expect(reanchor(a.quote, a.target, blocks)).toEqual({ orphan: true });
  });

  it("orphans an annotation whose text is gone", () => {
    const a = annotate("p3", "stands ready");
    expect(reanchor(a.quote, a.target, original.slice(0, 3))).toEqual({ orphan: true });
  });

  describe("cross-block spans", () => {
    const start = original[1]?.text.indexOf("urges") ?? 0;
    const made = resolveTarget(original, { paragraphId: "p1", start, end: 30, endParagraphId: "p2" });
    if (!made.ok) throw new Error(made.error.message);
    const { target, quote } = made.value;

    it("keep their position when the quote still matches", () => {
      expect(reanchor(quote, target, original)).toEqual({ target, quote, method: "exact-position" });
    });

    it("find the quote again from the same start paragraph", () => {
      const blocks = withText("p1", "1. China warmly welcomes the entry into force of the Convention and urges all States to ratify it.");
      const r = reanchor(quote, target, blocks);
      expect(r).toMatchObject({
        method: "quote-in-paragraph",
        target: { paragraphId: "p1", start: start + 7, end: 30, endParagraphId: "p2" },
      });
    });

    it("become orphans rather than match fuzzily", () => {
      const blocks = withText("p2", "2. We are worried about cybercrime and the misuse of information and communications technologies.");
      expect(reanchor(quote, target, blocks)).toEqual({ orphan: true });
    });
  });
});
