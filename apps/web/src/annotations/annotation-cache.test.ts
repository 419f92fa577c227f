import { describe, expect, it } from "vitest";
import { refreshAnnotation, removeAnnotation, replaceAnnotation, rollbackAnnotation, upsertAnnotation } from "./annotation-cache.ts";
import { makeAnnotation } from "./test-fixtures.ts";

const a = makeAnnotation();
const b = makeAnnotation();

describe("annotation cache updates", () => {
  it("leave a list that is not loaded alone", () => {
    expect(upsertAnnotation(undefined, a)).toBeUndefined();
    expect(removeAnnotation(undefined, a.id)).toBeUndefined();
    expect(replaceAnnotation(undefined, a.id, b)).toBeUndefined();
  });

  it("upsert adds a new annotation and replaces one with the same ID", () => {
    expect(upsertAnnotation([a], b)).toEqual([a, b]);
    const changed = { ...a, version: 2 };
    expect(upsertAnnotation([a, b], changed)).toEqual([changed, b]);
  });

  it("return the same list when nothing changes", () => {
    const list = [a, b];
    expect(upsertAnnotation(list, a)).toBe(list);
    expect(removeAnnotation(list, "missing")).toBe(list);
    expect(refreshAnnotation(list, makeAnnotation())).toBe(list);
  });

  it("replace swaps an optimistic entry for the server's, in place", () => {
    const optimistic = { ...a, id: "optimistic-1" };
    const saved = { ...a, id: "server-id" };
    expect(replaceAnnotation([b, optimistic], "optimistic-1", saved)).toEqual([b, saved]);
    // The optimistic entry already gone (a refetch replaced the list): the saved one is added once.
    expect(replaceAnnotation([b], "optimistic-1", saved)).toEqual([b, saved]);
    expect(replaceAnnotation([saved, optimistic], "optimistic-1", saved)).toEqual([saved]);
  });

  it("rollback restores the previous copy only while the cache still shows the optimistic one", () => {
    const optimistic = { ...a, version: 2 };
    expect(rollbackAnnotation([optimistic, b], optimistic, a)).toEqual([a, b]);
    expect(rollbackAnnotation([{ ...optimistic }, b], optimistic, a)).toEqual([a, b]);
    const newer = { ...a, version: 3 };
    const list = [newer, b];
    expect(rollbackAnnotation(list, optimistic, a)).toBe(list);
    expect(rollbackAnnotation([b, optimistic], optimistic, undefined)).toEqual([b]);
  });
});
