import type { Annotation, CompareGroup } from "@verbatim/contract";
import type { LooseAnnotation } from "@verbatim/core";
import { describe, expect, it } from "vitest";
import { makeAnnotation, OWN_ANNOTATION } from "../annotations/test-fixtures.ts";
import { adoptedId, adoptPlan, offersAdoption } from "./adopt-plan.ts";
import { annotationGist } from "./annotation-gist.ts";

const REVIEWABLE = { ...OWN_ANNOTATION, review: true };
const tag = (id: string, version: number, fields: Partial<LooseAnnotation<Annotation>> = {}) =>
  makeAnnotation({ id, version, can: REVIEWABLE, ...fields });

describe("adopt plan", () => {
  it("accepts the chosen version and rejects the others of its group, each at the version shown", () => {
    const group: CompareGroup = { outcome: "partial", differs: [], annotations: [tag("a", 3), tag("b", 1), tag("c", 2)] };
    expect(adoptPlan(group, tag("b", 1))).toEqual({
      annotationId: "b",
      version: 1,
      reject: [
        { id: "a", version: 3 },
        { id: "c", version: 2 },
      ],
    });
    expect(offersAdoption(group)).toBe(true);
    expect(offersAdoption({ outcome: "single", differs: [], annotations: [tag("a", 1)] })).toBe(false);
  });

  it("offers adoption only where the API lets the caller review every version", () => {
    const unreviewable = tag("b", 1, { can: OWN_ANNOTATION });
    expect(offersAdoption({ outcome: "partial", differs: [], annotations: [tag("a", 1), unreviewable] })).toBe(false);
  });

  it("knows a group's adopted version only once the others are rejected", () => {
    const accepted = tag("a", 2, { status: "accepted" });
    const rejected = tag("b", 2, { status: "rejected" });
    const proposed = tag("c", 1, { status: "proposed" });
    expect(adoptedId({ outcome: "partial", differs: [], annotations: [accepted, rejected] })).toBe("a");
    expect(adoptedId({ outcome: "partial", differs: [], annotations: [accepted, proposed] })).toBeNull();
    expect(adoptedId({ outcome: "match", differs: [], annotations: [accepted, { ...accepted, id: "d" }] })).toBeNull();
  });

  it("sums a tag up by its main attribute", () => {
    expect(annotationGist(tag("a", 1, { kind: "position", attributes: { stance: "concerned" } }))).toBe("Concerned");
    expect(annotationGist(tag("a", 1, { kind: "commitment", attributes: { strength: "pledge" } }))).toBe("Pledge");
    expect(annotationGist(tag("a", 1, { kind: "cross-reference", attributes: { relation: "responds-to", target: "UNTOC" } }))).toBe(
      "Responds to UNTOC",
    );
  });
});
