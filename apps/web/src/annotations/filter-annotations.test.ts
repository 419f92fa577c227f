import { describe, expect, it } from "vitest";
import { countText, filterAnnotations, filterChoices, isFiltering, NO_FILTERS } from "./filter-annotations.ts";
import { AUTHOR, makeAnnotation, OTHER } from "./test-fixtures.ts";

const position = makeAnnotation({ labels: ["cyber"] });
const commitment = makeAnnotation({
  kind: "commitment",
  attributes: { strength: "pledge" },
  author: OTHER,
  status: "accepted",
  labels: ["cyber", "aid"],
});
const crossRef = makeAnnotation({ kind: "cross-reference", attributes: { target: "UNTOC", relation: "cites" } });
const all = [position, commitment, crossRef];

describe("filterAnnotations", () => {
  it("returns the list itself with no filter", () => {
    expect(filterAnnotations(all, NO_FILTERS)).toBe(all);
    expect(isFiltering(NO_FILTERS)).toBe(false);
  });

  it("filters by kind, author, status and label, all together", () => {
    expect(filterAnnotations(all, { ...NO_FILTERS, kind: "commitment" })).toEqual([commitment]);
    expect(filterAnnotations(all, { ...NO_FILTERS, author: AUTHOR.id })).toEqual([position, crossRef]);
    expect(filterAnnotations(all, { ...NO_FILTERS, status: "accepted" })).toEqual([commitment]);
    expect(filterAnnotations(all, { ...NO_FILTERS, label: "cyber" })).toEqual([position, commitment]);
    expect(filterAnnotations(all, { ...NO_FILTERS, label: "cyber", author: AUTHOR.id })).toEqual([position]);
  });
});

describe("filterChoices", () => {
  it("offers the authors by name and the labels alphabetically", () => {
    expect(filterChoices(all)).toEqual({ authors: [AUTHOR, OTHER], labels: ["aid", "cyber"] });
  });
});

describe("countText", () => {
  it("says how many there are, and how many are shown while filtering", () => {
    expect(countText(1, 1, false)).toBe("1 annotation");
    expect(countText(12, 3, true)).toBe("12 annotations, 3 shown");
  });
});
