import { describe, expect, it } from "vitest";
import { diffSnapshots } from "./annotation-history-diff.ts";

const snapshot = {
  kind: "position",
  target: { paragraphId: "p2", start: 3, end: 10 },
  quote: { exact: "welcome", prefix: "We ", suffix: " the" },
  attributes: { stance: "welcomes" },
  labels: [],
  note: null,
  status: "proposed",
};

describe("diffSnapshots", () => {
  it("lists what a creation set, leaving out empty values", () => {
    expect(diffSnapshots(null, snapshot).map((c) => c.field)).toEqual(["kind", "target", "quote", "attributes", "status"]);
    expect(diffSnapshots(null, snapshot)[0]).toEqual({ field: "kind", before: null, after: "position" });
  });

  it("lists only the fields that differ, with old and new values", () => {
    const after = { ...snapshot, labels: ["ODA"], note: "why", status: "proposed", attributes: { stance: "urges" } };
    expect(diffSnapshots(snapshot, after)).toEqual([
      { field: "attributes", before: { stance: "welcomes" }, after: { stance: "urges" } },
      { field: "labels", before: [], after: ["ODA"] },
      { field: "note", before: null, after: "why" },
    ]);
  });

  it("ignores the order of keys, as jsonb stores them", () => {
    const reordered = { ...snapshot, target: { end: 10, start: 3, paragraphId: "p2" } };
    expect(diffSnapshots(snapshot, reordered)).toEqual([]);
  });

  it("lists nothing for a deletion and reads a missing field as null", () => {
    expect(diffSnapshots(snapshot, null)).toEqual([]);
    const { note: _note, ...withoutNote } = snapshot;
    expect(diffSnapshots(withoutNote, { ...snapshot, note: "added" })).toEqual([{ field: "note", before: null, after: "added" }]);
  });
});
