import { describe, expect, it } from "vitest";
import type { AnnotationView } from "../model/annotation.ts";
import { fromW3cAnnotation, type ParsedW3cAnnotation } from "./from-w3c-annotation.ts";
import { annotations, BASE_URL, blocks, instrumentKeys, statement } from "./test-fixtures.ts";
import { toW3cAnnotation } from "./to-w3c-annotation.ts";

const exported = (a: AnnotationView) =>
  JSON.parse(JSON.stringify(toW3cAnnotation(a, { ...statement, blocks }, { baseUrl: BASE_URL, instrumentKeys }))) as Record<
    string,
    unknown
  >;

function parse(json: unknown, withBlocks = true): ParsedW3cAnnotation {
  const r = fromW3cAnnotation(json, withBlocks ? { blocks } : {});
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

describe("fromW3cAnnotation", () => {
  it.each(annotations.map((a) => [a.id, a] as const))("round-trips %s", (_id, a) => {
    const back = parse(exported(a));
    expect(back).toMatchObject({
      id: `${BASE_URL}/api/annotations/${a.id}`,
      kind: a.kind,
      attributes: a.attributes,
      labels: a.labels,
      note: a.note,
      noteDoc: a.noteDoc,
      status: a.status,
      version: a.version,
      revision: a.revision,
      statementSlug: statement.slug,
      target: a.target,
      quote: a.quote,
      anchoredBy: "position",
      author: { id: `${BASE_URL}/api/users/${a.author.id}`, name: a.author.name },
    });
  });

  it("reads via, the annotations it was copied from, as one IRI or several", () => {
    const a1 = annotations[0];
    if (!a1) throw new Error("fixture");
    expect(parse(exported(a1)).via).toEqual([]);
    expect(parse({ ...exported(a1), via: "https://a.example/api/annotations/1" }).via).toEqual(["https://a.example/api/annotations/1"]);
    expect(parse({ ...exported(a1), via: ["urn:x:1", 7, "urn:x:2"] }).via).toEqual(["urn:x:1", "urn:x:2"]);
  });

  it("reads the creator's email, from a mailto: IRI or an email term", () => {
    const a1 = annotations[0];
    if (!a1) throw new Error("fixture");
    expect(parse(exported(a1)).author).toEqual({ id: `${BASE_URL}/api/users/${a1.author.id}`, name: a1.author.name, email: null });
    expect(parse({ ...exported(a1), creator: "mailto:ana@example.org" }).author).toEqual({
      id: "mailto:ana@example.org",
      name: null,
      email: "ana@example.org",
    });
    expect(parse({ ...exported(a1), creator: [{ id: "urn:x:ana", name: "Ana", email: "mailto:Ana@Example.org" }] }).author).toEqual({
      id: "urn:x:ana",
      name: "Ana",
      email: "Ana@Example.org",
    });
    expect(parse({ ...exported(a1), creator: { name: "Ana", email: "not an address" } }).author?.email).toBeNull();
  });

  it("reads where the exporting Verbatim had it after revisions, and an orphan's revision source as its statement", () => {
    const a1 = annotations[0];
    if (!a1) throw new Error("fixture");
    expect(parse(exported(a1)).anchor).toEqual({ state: "anchored", revision: 1 });
    const orphan = exported({ ...a1, anchor: { state: "orphaned", revision: 3 } });
    expect(parse(orphan)).toMatchObject({ anchor: { state: "orphaned", revision: 3 }, statementSlug: statement.slug });
    expect(parse({ ...orphan, "verbatim:anchor": { state: "lost", revision: 1 } }).anchor).toBeNull();
  });

  it("converts code points back to UTF-16 past astral characters", () => {
    const a1 = annotations[0];
    if (!a1) throw new Error("fixture");
    const back = parse(exported(a1));
    expect(back.codePoints).toEqual({ start: a1.target.start - 2, end: a1.target.end - 2 });
    expect(back.target).toEqual(a1.target);
  });

  it("without the text, returns the paragraph, the code point positions and the quote", () => {
    const a3 = annotations[2];
    if (!a3) throw new Error("fixture");
    const back = parse(exported(a3), false);
    expect(back).toMatchObject({ paragraphId: "p1", endParagraphId: "p2", quote: a3.quote, target: null, anchoredBy: null });
    expect(back.codePoints).toEqual({ start: a3.target.start - 2, end: a3.target.end });
  });

  it("re-anchors by quote when the text changed since the export", () => {
    const a8 = annotations[7];
    if (!a8) throw new Error("fixture");
    const edited = blocks.map((b) => (b.id === "p2" ? { ...b, text: `2. Mr. President, ${b.text.slice(3)}` } : b));
    const r = fromW3cAnnotation(exported(a8), { blocks: edited });
    expect(r.ok && r.value).toMatchObject({ anchoredBy: "shifted", target: { paragraphId: "p2", start: a8.target.start + 15 } });
  });

  it("places words edited since approximately, as a revision would, keeping the quote as written", () => {
    const a2 = annotations[1];
    if (!a2) throw new Error("fixture");
    const edited = blocks.map((b) => (b.id === "p3" ? { ...b, text: b.text.replace("US$ 1 million", "US$ 1.5 million") } : b));
    const r = fromW3cAnnotation(exported(a2), { blocks: edited });
    expect(r.ok && r.value).toMatchObject({
      anchoredBy: "fuzzy",
      target: { paragraphId: "p3" },
      quote: { exact: expect.stringContaining("US$ 1.5 million") },
      sourceQuote: a2.quote,
    });
  });

  it("finds words that went to another paragraph, for a person to confirm, and places nothing whose words are gone", () => {
    const a2 = annotations[1];
    if (!a2) throw new Error("fixture");
    const p3 = blocks.find((b) => b.id === "p3")?.text ?? "";
    const moved = [...blocks.filter((b) => b.id !== "p3"), { id: "p4", text: `4. In addition, ${p3.slice(3)}` }];
    const r = fromW3cAnnotation(exported(a2), { blocks: moved });
    expect(r.ok && r.value).toMatchObject({ anchoredBy: "fuzzy", target: { paragraphId: "p4" }, quote: { exact: a2.quote.exact } });
    const gone = fromW3cAnnotation(exported(a2), { blocks: blocks.filter((b) => b.id !== "p3") });
    expect(gone.ok && gone.value).toMatchObject({ target: null, anchoredBy: null, quote: a2.quote });
  });

  it("rebuilds attributes from the readable bodies when Verbatim's terms are gone", () => {
    const strip = (a: AnnotationView) => {
      const json = exported(a);
      delete json["verbatim:attributes"];
      delete json["verbatim:kind"];
      return json;
    };
    const [a1, , a3, a4, a5, a6, a7] = annotations;
    if (!a1 || !a3 || !a4 || !a5 || !a6 || !a7) throw new Error("fixture");
    expect(parse(strip(a1))).toMatchObject({ kind: "position", attributes: a1.attributes });
    for (const a of [a3, a4, a5, a6, a7]) expect(parse(strip(a))).toMatchObject({ kind: "cross-reference", attributes: a.attributes });
  });

  it("reads another tool's annotation best effort: quote, tags, comment", () => {
    const foreign = {
      "@context": "http://www.w3.org/ns/anno.jsonld",
      id: "https://hypothes.is/a/abc",
      type: "Annotation",
      motivation: "commenting",
      created: "2024-02-01T12:00:00Z",
      creator: "https://hypothes.is/users/ana",
      body: [
        { type: "TextualBody", value: "<p>Important &amp; <b>new</b></p>", format: "text/html" },
        { type: "TextualBody", purpose: "tagging", value: "cyber" },
        { type: "TextualBody", purpose: "tagging", value: "cyber" },
      ],
      target: {
        source: "https://www.un.org/statement.html",
        selector: [
          {
            type: "RangeSelector",
            startSelector: { type: "XPathSelector", value: "/p[2]" },
            endSelector: { type: "XPathSelector", value: "/p[2]" },
          },
          { type: "TextPositionSelector", start: 300, end: 310 },
          { type: "TextQuoteSelector", exact: "support the negotiations", prefix: "cybercrime and ", suffix: " under" },
        ],
      },
    };
    expect(parse(foreign)).toMatchObject({
      kind: null,
      attributes: {},
      labels: ["cyber"],
      note: "Important & new",
      status: null,
      author: { id: "https://hypothes.is/users/ana", name: null },
      source: "https://www.un.org/statement.html",
      statementSlug: null,
      paragraphId: null,
      codePoints: null,
      // found in the statement, the quote is Verbatim's own: 32 characters of context
      quote: { exact: "support the negotiations", prefix: " concerned about cybercrime and ", suffix: " under A/RES/74/247." },
      anchoredBy: "fuzzy",
      target: { paragraphId: "p2" },
    });
  });

  it("takes bodyValue as the note and a linking resource as a cross-reference", () => {
    const r = fromW3cAnnotation({
      type: ["Annotation"],
      motivation: "linking",
      bodyValue: "see the resolution",
      target: { source: "https://example.org/doc", selector: { type: "TextQuoteSelector", exact: "A/RES/74/247" } },
    });
    expect(r.ok && r.value).toMatchObject({
      kind: null,
      note: "see the resolution",
      attributes: {},
      quote: { exact: "A/RES/74/247", prefix: "", suffix: "" },
    });
    const linked = fromW3cAnnotation({
      type: "Annotation",
      motivation: "linking",
      body: "https://undocs.org/A/RES/74/247",
      target: { source: "https://example.org/doc", selector: { type: "TextQuoteSelector", exact: "resolution 74/247" } },
    });
    expect(linked.ok && linked.value).toMatchObject({ kind: "cross-reference", attributes: { target: "A/RES/74/247", relation: "cites" } });
  });

  it("refuses what is not an anchorable annotation", () => {
    expect(fromW3cAnnotation("x")).toMatchObject({ ok: false, error: { code: "not_an_object" } });
    expect(fromW3cAnnotation({ type: "AnnotationPage" })).toMatchObject({ ok: false, error: { code: "not_an_annotation" } });
    expect(fromW3cAnnotation({ type: "Annotation", target: "https://example.org/doc" })).toMatchObject({
      ok: false,
      error: { code: "no_anchor" },
    });
  });
});
