import { describe, expect, it } from "vitest";
import { annotations, BASE_URL, blocks, statement } from "./test-fixtures.ts";
import { toW3cAnnotation } from "./to-w3c-annotation.ts";
import { toW3cCollection } from "./to-w3c-collection.ts";
import { ANNO_CONTEXT } from "./vocabulary.ts";

const items = annotations.slice(0, 3).map((a) => toW3cAnnotation(a, { ...statement, blocks }, { baseUrl: BASE_URL }));

describe("toW3cCollection", () => {
  it("embeds one page holding every annotation, without their own @context", () => {
    const id = `${BASE_URL}/api/exports?statement=2023-12-07-unsc-china&format=w3c`;
    const c = toW3cCollection(items, { id, label: "China, UNSC, 7 December 2023" });
    expect(c).toMatchObject({
      "@context": [ANNO_CONTEXT, { verbatim: "urn:verbatim:" }],
      id,
      type: "AnnotationCollection",
      label: "China, UNSC, 7 December 2023",
      total: 3,
      first: { id: `${id}&page=0`, type: "AnnotationPage", partOf: { id, label: "China, UNSC, 7 December 2023", total: 3 }, startIndex: 0 },
    });
    expect(c.first?.items.map((i) => i.id)).toEqual(items.map((i) => i.id));
    expect(c.first?.items.some((i) => "@context" in i)).toBe(false);
  });

  it("has no page when empty", () => {
    const c = toW3cCollection([], { id: `${BASE_URL}/api/exports` });
    expect(c).toEqual({ "@context": c["@context"], id: `${BASE_URL}/api/exports`, type: "AnnotationCollection", total: 0 });
    expect("first" in c).toBe(false);
  });
});
