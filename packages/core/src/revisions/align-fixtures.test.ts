import { describe, expect, it } from "vitest";
import { alignRevision } from "./align-revision.ts";
import { countersAfter, importedBlocks, previousBlocks, revisionFixtures } from "./fixtures/index.ts";

describe.each(revisionFixtures)("alignRevision on $name", (fixture) => {
  const result = alignRevision(previousBlocks(fixture), importedBlocks(fixture), countersAfter(fixture));

  it("gives every new block its expected ID", () => {
    expect(result.blocks.map((b) => b.id)).toEqual(fixture.new.map(([id]) => id));
  });

  it("gives every ID of either revision its expected fate, once", () => {
    expect(Object.fromEntries(result.changes.map((c) => [c.id, c.fate]))).toEqual(fixture.fates);
    expect(result.changes).toHaveLength(Object.keys(fixture.fates).length);
  });

  it("names the parts of splits and merges", () => {
    const withParts = result.changes.filter((c) => c.into !== undefined || c.from !== undefined);
    expect(Object.fromEntries(withParts.flatMap((c) => (c.into ? [[c.id, c.into]] : [])))).toEqual(fixture.into ?? {});
    expect(Object.fromEntries(withParts.flatMap((c) => (c.from ? [[c.id, c.from]] : [])))).toEqual(fixture.from ?? {});
  });

  it("never reuses a number: new IDs start from the counters", () => {
    const { nextParagraph, nextHeading } = countersAfter(fixture);
    const inserted = result.changes.filter((c) => c.fate === "inserted" || (c.fate === "split" && c.from));
    for (const change of inserted)
      expect(Number(change.id.slice(1))).toBeGreaterThanOrEqual(change.kind === "heading" ? nextHeading : nextParagraph);
  });
});
