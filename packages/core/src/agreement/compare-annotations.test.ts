import { describe, expect, it } from "vitest";
import type { AnnotationKind } from "../model/taxonomy.ts";
import { compareAnnotations, type CompareAnnotation, type ComparisonGroup } from "./compare-annotations.ts";
import { pick, seededRandom, shuffled } from "./test-random.ts";

const paragraphIds = ["p1", "p2", "p3"];
let nextId = 0;
function tag(
  authorId: string,
  kind: AnnotationKind,
  paragraphId: string,
  start: number,
  end: number,
  attributes: Record<string, unknown> = {},
  endParagraphId?: string,
): CompareAnnotation {
  nextId += 1;
  const defaults = {
    position: { stance: "supports" },
    commitment: { strength: "pledge" },
    "cross-reference": { relation: "cites", target: "UNTOC" },
  }[kind];
  return {
    id: `a${String(nextId).padStart(3, "0")}`,
    authorId,
    kind,
    paragraphId,
    start,
    end,
    endParagraphId,
    attributes: { ...defaults, ...attributes },
  };
}

function groupsOf(annotations: CompareAnnotation[], annotatorIds = ["ann", "bob"]): ComparisonGroup<CompareAnnotation>[] {
  return compareAnnotations({ paragraphIds, annotatorIds, annotations }).paragraphs.flatMap((paragraph) => paragraph.groups);
}
const summary = (groups: ComparisonGroup<CompareAnnotation>[]) => groups.map((group) => [group.status, group.annotations.map((a) => a.id)]);

describe("compare annotations", () => {
  it("matches the same kind on the same span with the same main attribute", () => {
    const a = tag("ann", "position", "p1", 0, 10, { topics: ["drugs"] });
    const b = tag("bob", "position", "p1", 0, 10, { actor: "States" });
    const [group] = groupsOf([b, a], ["ann", "bob", "cy"]);
    expect(group).toMatchObject({
      status: "match",
      kinds: ["position"],
      authorIds: ["ann", "bob"],
      missingAuthorIds: ["cy"],
      spanAgrees: true,
      attributesAgree: true,
    });
    expect(group?.annotations).toEqual([a, b]);
  });

  it("calls overlapping spans of one kind partial, naming any attribute that differs too", () => {
    const overlapping = groupsOf([tag("ann", "position", "p1", 0, 20), tag("bob", "position", "p1", 5, 25)]);
    expect(overlapping[0]).toMatchObject({ status: "partial", spanAgrees: false, attributesAgree: true, differs: [] });
    const both = groupsOf([tag("ann", "position", "p1", 0, 20), tag("bob", "position", "p1", 5, 25, { stance: "urges" })]);
    expect(both[0]).toMatchObject({ status: "partial", attributesAgree: false, differs: ["position.stance"] });
  });

  it("calls the same words with a different stance, strength, relation or target an attribute disagreement, naming it", () => {
    const stance = groupsOf([tag("ann", "position", "p1", 0, 20, { stance: "urges" }), tag("bob", "position", "p1", 0, 20)]);
    expect(stance[0]).toMatchObject({ status: "attribute", spanAgrees: true, attributesAgree: false, differs: ["position.stance"] });
    const target = groupsOf([tag("ann", "cross-reference", "p1", 0, 5), tag("bob", "cross-reference", "p1", 0, 5, { target: "UNCAC" })]);
    expect(target[0]).toMatchObject({ status: "attribute", differs: ["cross-reference.target"] });
    const citation = groupsOf([
      tag("ann", "cross-reference", "p1", 0, 5),
      tag("bob", "cross-reference", "p1", 0, 5, { target: "UNCAC", relation: "quotes" }),
    ]);
    expect(citation[0]?.differs).toEqual(["cross-reference.relation", "cross-reference.target"]);
    const strength = groupsOf([tag("ann", "commitment", "p1", 0, 5), tag("bob", "commitment", "p1", 0, 5, { strength: "binding" })]);
    expect(strength[0]).toMatchObject({ status: "attribute", differs: ["commitment.strength"] });
    // Details annotators word freely (actor, topics) do not count.
    const details = groupsOf([tag("ann", "position", "p1", 0, 20, { actor: "States" }), tag("bob", "position", "p1", 0, 20)]);
    expect(details[0]).toMatchObject({ status: "match", differs: [] });
  });

  it("calls it partial when one annotator split what another tagged once", () => {
    const groups = groupsOf([
      tag("ann", "position", "p1", 0, 10),
      tag("ann", "position", "p1", 5, 20),
      tag("bob", "position", "p1", 0, 10),
    ]);
    expect(groups.map((group) => group.status)).toEqual(["partial"]);
    expect(groups[0]?.annotations).toHaveLength(3);
  });

  it("calls overlapping tags of different kinds a disagreement, in one group", () => {
    const a = tag("ann", "position", "p2", 0, 10);
    const b = tag("bob", "commitment", "p2", 4, 12);
    const groups = groupsOf([a, b]);
    expect(summary(groups)).toEqual([["disagreement", [a.id, b.id]]]);
    expect(groups[0]).toMatchObject({ kinds: ["position", "commitment"], authorIds: ["ann", "bob"], overlapsWith: [] });
  });

  it("keeps a tag one annotator alone made as only, naming the other kinds it overlaps", () => {
    const a = tag("ann", "position", "p1", 0, 30);
    const b = tag("bob", "position", "p1", 0, 30);
    const cite = tag("ann", "cross-reference", "p1", 10, 15);
    const lone = tag("bob", "commitment", "p3", 0, 5);
    const groups = groupsOf([cite, lone, b, a]);
    expect(summary(groups)).toEqual([
      ["match", [a.id, b.id]],
      ["only", [cite.id]],
      ["only", [lone.id]],
    ]);
    expect(groups[0]?.overlapsWith).toEqual([cite.id]);
    expect(groups[1]?.overlapsWith).toEqual([b.id]);
    expect(groups[2]?.missingAuthorIds).toEqual(["ann"]);
  });

  it("does not count spans that only touch as overlapping", () => {
    expect(groupsOf([tag("ann", "position", "p1", 0, 10), tag("bob", "position", "p1", 10, 20)]).map((g) => g.status)).toEqual([
      "only",
      "only",
    ]);
  });

  it("follows spans across paragraphs and files a group under the paragraph where it starts", () => {
    const across = tag("ann", "position", "p1", 40, 5, {}, "p2");
    const inside = tag("bob", "position", "p2", 0, 8);
    const result = compareAnnotations({ paragraphIds, annotatorIds: ["ann", "bob"], annotations: [inside, across] });
    expect(result.paragraphs.map((paragraph) => [paragraph.paragraphId, summary(paragraph.groups)])).toEqual([
      ["p1", [["partial", [across.id, inside.id]]]],
      ["p2", []],
      ["p3", []],
    ]);
  });

  it("leaves out other authors, sets orphans aside and counts the groups", () => {
    const orphan = tag("ann", "position", "p9", 0, 5);
    const result = compareAnnotations({
      paragraphIds,
      annotatorIds: ["ann", "bob"],
      annotations: [orphan, tag("zed", "position", "p1", 0, 5), tag("ann", "position", "p1", 0, 5), tag("bob", "commitment", "p2", 0, 5)],
    });
    expect(result.unplaced).toEqual([orphan]);
    expect(result.counts).toEqual({ match: 0, partial: 0, attribute: 0, disagreement: 0, only: 2 });
  });

  it("gives the same result whatever the order of the input, and places every annotation once", () => {
    const random = seededRandom(4);
    const kinds: AnnotationKind[] = ["position", "commitment", "cross-reference"];
    for (let round = 0; round < 30; round += 1) {
      const annotations = Array.from({ length: 5 + Math.floor(random() * 25) }, () => {
        const start = Math.floor(random() * 40);
        return tag(
          pick(random, ["ann", "bob", "cy"]),
          pick(random, kinds),
          pick(random, paragraphIds),
          start,
          start + 1 + Math.floor(random() * 15),
          {
            stance: pick(random, ["supports", "urges"]),
          },
        );
      });
      const input = { paragraphIds, annotatorIds: ["ann", "bob", "cy"] };
      const result = compareAnnotations({ ...input, annotations });
      expect(compareAnnotations({ ...input, annotations: shuffled(random, annotations) })).toEqual(result);
      const placed = result.paragraphs.flatMap((paragraph) => paragraph.groups.flatMap((group) => group.annotations.map((a) => a.id)));
      expect(placed.sort()).toEqual(annotations.map((a) => a.id).sort());
    }
  });
});
