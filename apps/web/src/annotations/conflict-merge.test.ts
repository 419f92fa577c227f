import type { TiptapNode } from "@verbatim/contract";
import { describe, expect, it } from "vitest";
import { canTakeBoth, compareVersions, defaultChoices, mergedChanges } from "./conflict-merge.ts";
import { makeAnnotation } from "./test-fixtures.ts";

const base = makeAnnotation({ attributes: { stance: "supports" }, labels: ["a"], note: "first", version: 3 });
const doc = (text: string): TiptapNode => ({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] });

describe("compareVersions", () => {
  it("tells apart fields only I changed, only they changed, both alike, and both differently", () => {
    const theirs = { ...base, labels: ["a", "b"], note: "theirs", version: 4 };
    const mine = { attributes: { stance: "supports" }, labels: ["a", "b"], note: "mine" };
    const states = compareVersions(base, mine, theirs).map((f) => [f.field, f.state]);
    expect(states).toEqual([
      ["tag", "unchanged"],
      ["labels", "same"],
      ["note", "both"],
    ]);
    const onlyMine = compareVersions(base, { ...mine, attributes: { stance: "opposes" }, labels: ["a"] }, { ...base, note: "first" });
    expect(onlyMine.map((f) => f.state)).toEqual(["mine", "unchanged", "mine"]);
  });

  it("ignores key order and label order", () => {
    const before = makeAnnotation({ ...base, attributes: { stance: "supports", actor: "EU" }, labels: ["b", "a"] });
    const theirs = makeAnnotation({ ...before, attributes: { actor: "EU", stance: "supports" } });
    const fields = compareVersions(before, { labels: ["a", "b"] }, theirs);
    expect(fields.map((f) => f.state)).toEqual(["unchanged", "unchanged", "unchanged"]);
  });

  it("sees an unchanged note sent back as a document as unchanged", () => {
    const fields = compareVersions(base, { note: doc("first") }, base);
    expect(fields.find((f) => f.field === "note")?.state).toBe("unchanged");
  });
});

describe("mergedChanges", () => {
  it("keeps each side's own changes and mine where both changed, by default", () => {
    const theirs = makeAnnotation({ ...base, attributes: { stance: "opposes" }, note: "theirs", version: 4 });
    const fields = compareVersions(base, { attributes: { stance: "supports" }, labels: ["a", "x"], note: "mine" }, theirs);
    const choices = defaultChoices(fields);
    expect(choices).toEqual({ tag: "theirs", labels: "mine", note: "mine" });
    expect(mergedChanges(fields, choices)).toEqual({ labels: ["a", "x"], note: "mine" });
  });

  it("takes theirs where chosen, and sends nothing when the result is theirs", () => {
    const theirs = { ...base, note: "theirs", version: 4 };
    const fields = compareVersions(base, { note: "mine" }, theirs);
    expect(mergedChanges(fields, { tag: "theirs", labels: "theirs", note: "theirs" })).toBeNull();
  });

  it("merges labels from both sides, theirs first", () => {
    const theirs = { ...base, labels: ["a", "t"] };
    const fields = compareVersions(base, { labels: ["m", "a"] }, theirs);
    const labels = fields.find((f) => f.field === "labels")!;
    expect(canTakeBoth(labels)).toBe(true);
    expect(mergedChanges(fields, { tag: "theirs", labels: "both", note: "theirs" })).toEqual({ labels: ["a", "t", "m"] });
  });

  it("sends the kind with my tag when they changed the kind", () => {
    const theirs = makeAnnotation({ ...base, kind: "commitment", attributes: { strength: "pledge" } });
    const fields = compareVersions(base, { attributes: { stance: "opposes" } }, theirs);
    expect(fields[0]?.state).toBe("both");
    expect(mergedChanges(fields, { tag: "mine", labels: "theirs", note: "theirs" })).toEqual({
      kind: "position",
      attributes: { stance: "opposes" },
    });
  });

  it("sends a rich note as its document", () => {
    const fields = compareVersions(base, { note: doc("rich") }, { ...base, version: 4 });
    expect(mergedChanges(fields, defaultChoices(fields))).toEqual({ note: doc("rich") });
  });
});
