import { describe, expect, it } from "vitest";
import { initialFieldValues, noteDocOf, textToDoc } from "./field-values.ts";
import { makeAnnotation } from "./test-fixtures.ts";

describe("initialFieldValues", () => {
  it("starts a new cross-reference as 'cites' and everything else empty", () => {
    expect(initialFieldValues("cross-reference")).toMatchObject({ relation: "cites", target: "", labels: [], note: null });
    expect(initialFieldValues("position")).toMatchObject({ stance: "", relation: "", topics: [] });
  });

  it("takes an annotation's own values for editing", () => {
    const a = makeAnnotation({ attributes: { stance: "urges", topics: ["cyber", 3] }, labels: ["L"] });
    expect(initialFieldValues("position", a)).toMatchObject({ stance: "urges", topics: ["cyber"], labels: ["L"] });
  });
});

describe("noteDocOf", () => {
  it("uses the stored document when it fits the editor, else the plain text", () => {
    const doc = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Hi" }] }] };
    expect(noteDocOf(makeAnnotation({ note: "Hi", noteDoc: doc }))).toEqual(doc);
    expect(noteDocOf(makeAnnotation({ note: "a\n\nb", noteDoc: { type: "heading" } }))).toEqual(textToDoc("a\n\nb"));
    expect(noteDocOf(makeAnnotation())).toBeNull();
  });

  it("turns each line into a paragraph", () => {
    expect(textToDoc("a\n\nb").content).toEqual([
      { type: "paragraph", content: [{ type: "text", text: "a" }] },
      { type: "paragraph" },
      { type: "paragraph", content: [{ type: "text", text: "b" }] },
    ]);
  });
});
