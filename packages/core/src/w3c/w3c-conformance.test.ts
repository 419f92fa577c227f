import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkW3cStructure } from "./check-w3c-structure.ts";
import { annotations, BASE_URL, blocks, instrumentKeys, statement } from "./test-fixtures.ts";
import { toW3cAnnotation } from "./to-w3c-annotation.ts";
import { toW3cCollection, type W3cCollection } from "./to-w3c-collection.ts";

const collection = (): W3cCollection =>
  toW3cCollection(
    // The second accepted from a suggestion, so that the check covers verbatim:provenance too.
    annotations.map((a, i) =>
      toW3cAnnotation(
        i === 1 ? { ...a, provenance: { source: "suggestion", rule: "commitment-pledge" } } : a,
        { ...statement, blocks },
        {
          baseUrl: BASE_URL,
          instrumentKeys,
        },
      ),
    ),
    { id: `${BASE_URL}/api/exports?statement=${statement.slug}&format=w3c`, label: statement.title },
  );

type Json = Record<string, any>;

/** The collection as plain JSON, cut to its first item, to be broken by a test. */
function oneItemCollection(): Json {
  const c = JSON.parse(JSON.stringify(collection())) as Json;
  c.first.items = c.first.items.slice(0, 1);
  c.total = c.first.partOf.total = 1;
  return c;
}

describe("W3C Web Annotation structure", () => {
  it("holds for a collection with each kind, a cross-paragraph span, emoji and a rich note", () => {
    const c = collection();
    expect(checkW3cStructure(c)).toEqual({ annotations: annotations.length, problems: [] });
    expect(c.first?.items.map((a) => a["verbatim:provenance"] ?? null)).toContain("suggestion:commitment-pledge");
    // `.ci/run` checks the same collection against the W3C test suite's MUST assertions (../shared).
    const dir = process.env.VERBATIM_W3C_EXPORTS_DIR;
    if (dir) {
      mkdirSync(dir, { recursive: true });
      writeFileSync(path.join(dir, "core-collection.jsonld"), JSON.stringify(c, null, 2));
    }
  });

  it("holds for one annotation standing alone, with its own @context", () => {
    const one = toW3cAnnotation(annotations[2]!, { ...statement, blocks }, { baseUrl: BASE_URL, instrumentKeys });
    expect(checkW3cStructure(one)).toEqual({ annotations: 1, problems: [] });
    const { "@context": _context, ...bare } = one;
    expect(checkW3cStructure(bare).problems).toEqual(["$: has no @context"]);
  });

  it("holds for an empty collection, which has no page", () => {
    expect(checkW3cStructure(toW3cCollection([], { id: `${BASE_URL}/api/exports` }))).toEqual({ annotations: 0, problems: [] });
  });

  // The check itself: each essential it guards, broken once.
  it.each([
    [
      "a single @context given as an array",
      (c: Json) => (c["@context"] = ["http://www.w3.org/ns/anno.jsonld"]),
      /\$\.@context: a single context/,
    ],
    ["a @context without the annotation model's", (c: Json) => (c["@context"] = "https://schema.org/"), /\$\.@context: does not name/],
    ["a relative collection id", (c: Json) => (c.id = "/api/exports"), /\$\.id: must be one absolute IRI/],
    ["a total that disagrees with the page", (c: Json) => (c.total = 2), /\$\.total: says 2, and its one page holds 1/],
    ["a collection without its page", (c: Json) => delete c.first, /\$\.first: a collection of 1 needs a first page/],
    ["a page of another type", (c: Json) => (c.first.type = "OrderedCollectionPage"), /\$\.first\.type: must be AnnotationPage/],
  ])("finds %s", (_what, change, problem) => {
    const c = oneItemCollection();
    change(c);
    expect(checkW3cStructure(c).problems).toContainEqual(expect.stringMatching(problem));
  });

  const refined = (item: Json, type: string): Json => item.target.selector.find((s: Json) => s.refinedBy?.type === type).refinedBy as Json;
  it.each([
    ["an annotation of another type", (a: Json) => (a.type = "Note"), /items\[0\]\.type: must be Annotation/],
    ["an annotation without an id", (a: Json) => delete a.id, /items\[0\]\.id: must be one absolute IRI/],
    ["an annotation without a target", (a: Json) => delete a.target, /items\[0\]\.target: an Annotation needs a target/],
    [
      "a target without its source",
      (a: Json) => delete a.target.source,
      /target\[0\]\.source: a SpecificResource needs exactly one source/,
    ],
    ["a target without selectors", (a: Json) => (a.target.selector = []), /target\[0\]\.selector: names no selector/],
    [
      "a position that ends before it starts",
      (a: Json) => (refined(a, "TextPositionSelector").start = 9999),
      /refinedBy\[0\]: start 9999 is after end/,
    ],
    [
      "a negative position",
      (a: Json) => (refined(a, "TextPositionSelector").start = -1),
      /refinedBy\[0\]\.start: must be a non-negative integer/,
    ],
    [
      "a fractional position",
      (a: Json) => (refined(a, "TextPositionSelector").end = 1.5),
      /refinedBy\[0\]\.end: must be a non-negative integer/,
    ],
    [
      "a quote without exact",
      (a: Json) => delete refined(a, "TextQuoteSelector").exact,
      /refinedBy\[0\]\.exact: a TextQuoteSelector needs/,
    ],
    [
      "a fragment without a value",
      (a: Json) => delete a.target.selector[0].value,
      /selector\[0\]\.value: a FragmentSelector needs a value/,
    ],
    [
      "a selector of no known type",
      (a: Json) => (a.target.selector[0].type = "ParagraphSelector"),
      /selector\[0\]\.type: is not a selector/,
    ],
    [
      "a range without its end",
      (a: Json) => (a.target.selector = [{ type: "RangeSelector", startSelector: a.target.selector[0] }]),
      /selector\[0\]\.endSelector: a RangeSelector needs an endSelector/,
    ],
    ["a body purpose outside the model", (a: Json) => (a.body[0].purpose = "stance"), /body\[0\]\.purpose: is not a motivation/],
    ["a body type outside the model", (a: Json) => (a.body[0].type = "Label"), /body\[0\]\.type: is not a class of the model/],
    ["a textual body without its value", (a: Json) => delete a.body[0].value, /body\[0\]\.value: a TextualBody needs a string value/],
    ["a motivation outside the model", (a: Json) => (a.motivation = "position"), /items\[0\]\.motivation: is not a motivation/],
    ["a date without a time zone", (a: Json) => (a.created = "2024-01-15T09:30:00"), /items\[0\]\.created: must be an xsd:dateTime/],
    ["both body and bodyValue", (a: Json) => (a.bodyValue = "note"), /items\[0\]: has both body and bodyValue/],
  ])("finds %s", (_what, change, problem) => {
    const c = oneItemCollection();
    change(c.first.items[0]);
    expect(checkW3cStructure(c).problems).toEqual([expect.stringMatching(problem)]);
  });
});
