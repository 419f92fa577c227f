import type { Suggestion } from "@verbatim/core";
import { describe, expect, it } from "vitest";
import { openSuggestions } from "./open-suggestions.ts";
import type { CoveringAnnotation } from "./open-suggestions-sql.ts";

const reference = (id: string, paragraphId: string, start: number, end: number, target = "UNTOC"): Suggestion => ({
  id,
  kind: "cross-reference",
  attributes: { target, relation: "cites" },
  target: { paragraphId, start, end },
  quote: "the Palermo Convention",
  confidence: 0.9,
  rule: "instrument-name",
  why: "names UNTOC",
});
const position = (id: string, paragraphId: string, start: number, end: number): Suggestion => ({
  id,
  kind: "position",
  attributes: { stance: "condemns" },
  target: { paragraphId, start, end },
  quote: "We condemn",
  confidence: 0.8,
  rule: "position-condemns",
  why: "“We condemn”",
});
const annotation = (
  a: Partial<CoveringAnnotation> & Pick<CoveringAnnotation, "kind" | "paragraph_id" | "start" | "end">,
): CoveringAnnotation => ({
  end_paragraph_id: null,
  target: null,
  ...a,
});
const blocks = ["p1", "p2", "p3", "p4"];
const open = (items: Suggestion[], annotations: CoveringAnnotation[], dismissed: string[] = []) =>
  openSuggestions(items, { blocks, annotations, dismissed: new Set(dismissed) }).map((s) => s.id);

describe("openSuggestions", () => {
  it("leaves out what the member dismissed", () => {
    expect(open([position("a", "p1", 0, 10), position("b", "p1", 20, 30)], [], ["a"])).toEqual(["b"]);
  });

  it("leaves out a suggestion an annotation of the same kind overlaps, whatever its attributes", () => {
    const overlapping = annotation({ kind: "position", paragraph_id: "p1", start: 5, end: 12 });
    const touching = annotation({ kind: "position", paragraph_id: "p2", start: 10, end: 20 });
    const otherKind = annotation({ kind: "commitment", paragraph_id: "p3", start: 0, end: 40 });
    const items = [position("a", "p1", 0, 10), position("b", "p2", 0, 10), position("c", "p3", 0, 10)];
    expect(open(items, [overlapping, touching, otherKind])).toEqual(["b", "c"]);
  });

  it("counts a cross-reference covered only by one with the same target, told apart without case", () => {
    const same = annotation({ kind: "cross-reference", paragraph_id: "p1", start: 0, end: 30, target: "untoc " });
    const other = annotation({ kind: "cross-reference", paragraph_id: "p2", start: 0, end: 30, target: "UNCAC" });
    expect(open([reference("a", "p1", 4, 26), reference("b", "p2", 4, 26)], [same, other])).toEqual(["b"]);
  });

  it("reads an annotation across paragraphs as covering the end of its first, all between, and the start of its last", () => {
    const across = annotation({ kind: "position", paragraph_id: "p1", start: 50, end: 5, end_paragraph_id: "p3" });
    const items = [position("before", "p1", 0, 10), position("tail", "p1", 60, 70), position("middle", "p2", 0, 10)];
    const more = [position("head", "p3", 0, 10), position("after", "p3", 20, 30), position("outside", "p4", 0, 10)];
    expect(open([...items, ...more], [across])).toEqual(["before", "after", "outside"]);
  });
});
