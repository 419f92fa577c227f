import { describe, expect, it } from "vitest";
import { annotations, BASE_URL, blocks, instrumentKeys, statement } from "./test-fixtures.ts";
import { toW3cAnnotation } from "./to-w3c-annotation.ts";
import { ANNO_CONTEXT } from "./vocabulary.ts";
import type { W3cAnnotation, W3cLinkBody } from "./w3c-types.ts";

const byId = (id: string) => {
  const a = annotations.find((x) => x.id === id);
  if (!a) throw new Error(id);
  return a;
};
const exportOf = (id: string, withBlocks = true): W3cAnnotation =>
  toW3cAnnotation(byId(id), withBlocks ? { ...statement, blocks } : statement, { baseUrl: `${BASE_URL}/`, instrumentKeys });
const linkOf = (w: W3cAnnotation): string | undefined => w.body.find((b): b is W3cLinkBody => b.type === "SpecificResource")?.source;

describe("toW3cAnnotation", () => {
  it("writes the annotation's identity, agents, dates and Verbatim's own terms", () => {
    const w = exportOf("a2");
    expect(w).toMatchObject({
      "@context": [ANNO_CONTEXT, { verbatim: "urn:verbatim:" }],
      id: `${BASE_URL}/api/annotations/a2`,
      type: "Annotation",
      motivation: "classifying",
      created: "2024-01-15T09:30:00.000Z",
      modified: "2024-01-16T09:00:00.000Z",
      creator: { id: `${BASE_URL}/api/users/u_7`, type: "Person", name: "Ana Analyst" },
      generator: { type: "Software", name: "Verbatim" },
      "verbatim:kind": "commitment",
      "verbatim:attributes": { strength: "pledge", actor: "China", action: "contribute US$ 1 million to UNODC" },
      "verbatim:status": "accepted",
      "verbatim:version": 3,
      "verbatim:revision": 1,
    });
    expect(w["verbatim:noteDoc"]).toEqual(byId("a2").noteDoc);
    expect(w).not.toHaveProperty("via");
  });

  it("names the suggestion rule an annotation was accepted from as a literal, and nothing for one drawn by hand", () => {
    const accepted = toW3cAnnotation({ ...byId("a2"), provenance: { source: "suggestion", rule: "commitment-pledge" } }, statement, {
      baseUrl: BASE_URL,
    });
    expect(accepted["verbatim:provenance"]).toBe("suggestion:commitment-pledge");
    expect(toW3cAnnotation({ ...byId("a2"), provenance: null }, statement, { baseUrl: BASE_URL })).not.toHaveProperty(
      "verbatim:provenance",
    );
    expect(exportOf("a2")).not.toHaveProperty("verbatim:provenance");
  });

  it("names the annotation an imported one was copied from as via", () => {
    const origin = "https://elsewhere.example.org/api/annotations/0f8b2c7e-6a44-4d1e-9a51-3c2d1e0f9a10";
    const w = toW3cAnnotation(byId("a2"), statement, { baseUrl: BASE_URL, via: origin });
    expect(w.via).toBe(origin);
  });

  it("selects a paragraph span by quote and by code point position, as alternatives", () => {
    const a = byId("a1");
    const w = exportOf("a1");
    expect(w.target).toEqual({
      type: "SpecificResource",
      source: `${BASE_URL}/s/2023-12-07-unsc-china`,
      selector: [
        {
          type: "FragmentSelector",
          conformsTo: "http://tools.ietf.org/rfc/rfc3987",
          value: "p1",
          refinedBy: { type: "TextQuoteSelector", ...a.quote },
        },
        // 🇨🇳 before the span is two code points but four UTF-16 units
        {
          type: "FragmentSelector",
          conformsTo: "http://tools.ietf.org/rfc/rfc3987",
          value: "p1",
          refinedBy: { type: "TextPositionSelector", start: a.target.start - 2, end: a.target.end - 2 },
        },
      ],
    });
  });

  it("selects a cross-paragraph span by a range of two points and by its quote", () => {
    const a = byId("a3");
    const w = exportOf("a3");
    expect(w.motivation).toBe("linking");
    expect(w.target.selector).toEqual([
      {
        type: "RangeSelector",
        startSelector: {
          type: "FragmentSelector",
          conformsTo: "http://tools.ietf.org/rfc/rfc3987",
          value: "p1",
          refinedBy: { type: "TextPositionSelector", start: a.target.start - 2, end: a.target.start - 2 },
        },
        endSelector: {
          type: "FragmentSelector",
          conformsTo: "http://tools.ietf.org/rfc/rfc3987",
          value: "p2",
          refinedBy: { type: "TextPositionSelector", start: a.target.end, end: a.target.end },
        },
      },
      { type: "TextQuoteSelector", ...a.quote },
    ]);
    expect(a.quote.exact).toContain("\n");
  });

  it("leaves positions out when the paragraph text is unknown or no longer holds the quote", () => {
    expect(exportOf("a1", false).target.selector).toHaveLength(1);
    expect(exportOf("a3", false).target.selector).toEqual([{ type: "TextQuoteSelector", ...byId("a3").quote }]);
    const stale = new Map([
      ["p1", "1. Something else entirely, long enough to hold the old offsets of the annotation and then some more."],
    ]);
    const w = toW3cAnnotation(byId("a1"), statement, { baseUrl: BASE_URL, blockTexts: stale });
    expect(w.target.selector).toHaveLength(1);
  });

  it("writes kind, attributes, labels and a rich note as bodies", () => {
    expect(exportOf("a1").body).toEqual([
      { type: "TextualBody", purpose: "classifying", value: "position", format: "text/plain" },
      { type: "TextualBody", purpose: "classifying", value: "stance: welcomes", format: "text/plain" },
      { type: "TextualBody", purpose: "describing", value: "topics: organized crime, treaties", format: "text/plain" },
      { type: "TextualBody", purpose: "describing", value: "actor: China", format: "text/plain" },
      { type: "TextualBody", purpose: "tagging", value: "UNTOC", format: "text/plain" },
      { type: "TextualBody", purpose: "tagging", value: "priority", format: "text/plain" },
    ]);
    const note = exportOf("a2").body.find((b) => b.type === "Choice");
    expect(note).toEqual({
      type: "Choice",
      items: [
        { type: "TextualBody", purpose: "commenting", value: byId("a2").note, format: "text/plain" },
        {
          type: "TextualBody",
          purpose: "commenting",
          value: expect.stringContaining("<strong>UNTOC art. 5</strong> &lt;and&gt;"),
          format: "text/html",
        },
      ],
    });
    expect(exportOf("a3").body).toContainEqual({
      type: "TextualBody",
      purpose: "commenting",
      value: "Spans two paragraphs.",
      format: "text/plain",
    });
  });

  it("writes where the annotation stands after revisions, and names an orphan's revision as its source", () => {
    const anchored = exportOf("a1");
    expect(anchored["verbatim:anchor"]).toEqual({ state: "anchored", revision: 1 });
    const previousQuote = { exact: "welcome", prefix: "China ", suffix: " the" };
    const fuzzy = toW3cAnnotation({ ...byId("a1"), revision: 1, anchor: { state: "fuzzy", revision: 2, previousQuote } }, statement, {
      baseUrl: BASE_URL,
    });
    expect(fuzzy["verbatim:anchor"]).toEqual({ state: "fuzzy", revision: 2, previousQuote });
    expect(fuzzy.target.source).toBe(`${BASE_URL}/s/2023-12-07-unsc-china`);
    const orphan = toW3cAnnotation(
      { ...byId("a1"), anchor: { state: "orphaned", revision: 1 } },
      { ...statement, blocks },
      { baseUrl: BASE_URL },
    );
    expect(orphan["verbatim:anchor"]).toEqual({ state: "orphaned", revision: 1 });
    expect(orphan.target.source).toBe(`${BASE_URL}/s/2023-12-07-unsc-china?revision=1`);
    // Its selectors are those of that revision, positions included.
    expect(orphan.target.selector).toEqual(anchored.target.selector);
  });

  it("links each kind of cross-reference target", () => {
    expect(linkOf(exportOf("a3"))).toBe(`${BASE_URL}/api/instruments/UNTOC`);
    expect(linkOf(exportOf("a4"))).toBe(`${BASE_URL}/api/instruments/A%2FRES%2F74%2F247`);
    expect(linkOf(exportOf("a5"))).toBe("https://undocs.org/S/RES/1373(2001)");
    expect(linkOf(exportOf("a6"))).toBe(`${BASE_URL}/s/2023-10-02-apg-ccpcj#p12`);
    expect(linkOf(exportOf("a7"))).toBe("https://www.unodc.org/unodc/en/cybercrime/");
    expect(linkOf(exportOf("a8"))).toBeUndefined();
  });
});
