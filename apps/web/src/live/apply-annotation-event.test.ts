import type { Annotation, AnnotationEvent, RecodedEvent } from "@verbatim/contract";
import { describe, expect, it } from "vitest";
import { AUTHOR, makeAnnotation, OTHER } from "../annotations/test-fixtures.ts";
import { applyAnnotationEvent, applyCodeRenamed, isBehindRecoded } from "./apply-annotation-event.ts";

const event = (
  type: Exclude<AnnotationEvent["type"], "annotation.deleted">,
  annotation: Annotation,
  actorId = OTHER.id,
): AnnotationEvent => ({
  id: "7",
  type,
  actorId,
  at: "2024-01-01T10:00:00.000Z",
  annotation,
});
const deleted = (id: string, version: number, actorId = OTHER.id): AnnotationEvent => ({
  id: "8",
  type: "annotation.deleted",
  actorId,
  at: "2024-01-01T10:00:00.000Z",
  annotation: { id, version },
});

describe("applyAnnotationEvent", () => {
  const a = makeAnnotation();
  const b = makeAnnotation({ author: OTHER });

  it("adds an annotation someone else created, once", () => {
    const applied = applyAnnotationEvent([a], event("annotation.created", b), AUTHOR.id);
    expect(applied).toEqual({ list: [a, b], adopted: null });
    expect(applyAnnotationEvent(applied.list, event("annotation.created", b), AUTHOR.id).list).toBe(applied.list);
  });

  it("replaces an annotation with a newer version, and ignores the same or an older one", () => {
    const v2 = { ...a, labels: ["theirs"], version: 2 };
    // A placement from "Needs placing" (annotation.reanchored) moves it as an edit would.
    for (const type of ["annotation.updated", "annotation.reviewed", "annotation.restored", "annotation.reanchored"] as const) {
      expect(applyAnnotationEvent([a, b], event(type, v2), AUTHOR.id).list).toEqual([v2, b]);
    }
    const list = [v2, b];
    expect(applyAnnotationEvent(list, event("annotation.updated", { ...a, version: 2, labels: ["echo"] }), AUTHOR.id).list).toBe(list);
    expect(applyAnnotationEvent(list, event("annotation.updated", a), AUTHOR.id).list).toBe(list);
  });

  it("ignores the echo of the user's own optimistic edit (it already shows that version)", () => {
    const optimistic = { ...a, labels: ["mine"], version: 2 };
    const list = [optimistic];
    const echo = event("annotation.updated", { ...a, labels: ["mine"], version: 2, updatedAt: "2024-01-01T10:00:01.000Z" }, AUTHOR.id);
    expect(applyAnnotationEvent(list, echo, AUTHOR.id).list).toBe(list);
  });

  it("adds an annotation it did not hold when it changes (restored, or changed while the list loaded)", () => {
    const restored = { ...b, version: 3 };
    expect(applyAnnotationEvent([a], event("annotation.restored", restored), AUTHOR.id).list).toEqual([a, restored]);
  });

  it("removes a deleted annotation, unless the list holds a later version (restored since)", () => {
    expect(applyAnnotationEvent([a, b], deleted(b.id, 2), AUTHOR.id).list).toEqual([a]);
    const restored = { ...b, version: 3 };
    const list = [a, restored];
    expect(applyAnnotationEvent(list, deleted(b.id, 2), AUTHOR.id).list).toBe(list);
    expect(applyAnnotationEvent([a], deleted(b.id, 2), AUTHOR.id).list).toEqual([a]);
  });

  it("puts the echo of the user's own create in place of the unsaved copy, and says which it was", () => {
    const pending = makeAnnotation({ id: "optimistic-123", target: { paragraphId: "p2", start: 3, end: 9 } });
    const saved = { ...pending, id: "00000000-0000-4000-8000-00000000abcd", quote: { exact: "welcome", prefix: "We ", suffix: "" } };
    const applied = applyAnnotationEvent([a, pending], event("annotation.created", saved, AUTHOR.id), AUTHOR.id);
    expect(applied).toEqual({ list: [a, saved], adopted: { optimisticId: "optimistic-123", id: saved.id } });
    // Someone else's annotation on the same words is theirs, not the user's unsaved one.
    const theirs = { ...saved, author: OTHER };
    expect(applyAnnotationEvent([a, pending], event("annotation.created", theirs), AUTHOR.id).list).toEqual([a, pending, theirs]);
  });

  it("leaves a list that is not loaded alone", () => {
    expect(applyAnnotationEvent(undefined, event("annotation.created", b), AUTHOR.id)).toEqual({ list: undefined, adopted: null });
  });
});

describe("isBehindRecoded", () => {
  const shown = makeAnnotation({ version: 3 });
  const recoded = (changes: RecodedEvent["annotations"]): RecodedEvent => ({
    id: "9",
    type: "annotations.recoded",
    actorId: OTHER.id,
    at: "2024-01-01T10:00:00.000Z",
    annotations: changes,
  });

  it("is behind when it shows one of the annotations at an older version", () => {
    expect(isBehindRecoded([shown], recoded([{ id: shown.id, version: 4 }]))).toBe(true);
  });

  it("is not for the same or a later version, for annotations it does not hold, or with no list loaded", () => {
    expect(isBehindRecoded([shown], recoded([{ id: shown.id, version: 3 }]))).toBe(false);
    expect(isBehindRecoded([shown], recoded([{ id: "00000000-0000-4000-8000-0000000000ff", version: 9 }]))).toBe(false);
    expect(isBehindRecoded(undefined, recoded([{ id: shown.id, version: 4 }]))).toBe(false);
  });
});

describe("applyCodeRenamed", () => {
  const topic = { id: "00000000-0000-4000-8000-0000000000c1", name: "cyber crime", type: "topic" as const };
  const label = { id: "00000000-0000-4000-8000-0000000000c2", name: "ODA", type: "label" as const };
  const tagged = makeAnnotation({
    attributes: { stance: "urges", topics: ["cyber crime"] },
    labels: ["ODA"],
    codes: [topic, label],
    version: 2,
  });
  const other = makeAnnotation({ codes: [label], labels: ["ODA"] });

  it("gives every annotation with the code its new name, in codes and in topics or labels, at the same version", () => {
    const [renamed, untouched] = applyCodeRenamed([tagged, other], { ...topic, name: "cybercrime" })!;
    expect(renamed).toMatchObject({ version: 2, labels: ["ODA"], attributes: { topics: ["cybercrime"] } });
    expect(renamed!.codes[0]).toEqual({ ...topic, name: "cybercrime" });
    expect(untouched).toBe(other);
  });

  it("leaves a list without the code as it is", () => {
    const list = [other];
    expect(applyCodeRenamed(list, { ...topic, name: "cybercrime" })).toBe(list);
  });
});
