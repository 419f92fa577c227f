import { describe, expect, it, vi } from "vitest";
import { createNoticeStore } from "./notice-store.ts";
import { makeAnnotation } from "./test-fixtures.ts";

describe("notice store", () => {
  it("adds and dismisses notices, telling subscribers", () => {
    const store = createNoticeStore();
    const listener = vi.fn();
    store.subscribe(listener);
    const id = store.add({ type: "error", message: "x" });
    expect(store.getSnapshot()).toEqual([{ id, type: "error", message: "x" }]);
    store.dismiss(id);
    expect(store.getSnapshot()).toEqual([]);
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it("keeps the three newest errors and one conflict per annotation", () => {
    const store = createNoticeStore();
    for (const m of ["1", "2", "3", "4"]) store.add({ type: "error", message: m });
    expect(store.getSnapshot().map((n) => (n.type === "error" ? n.message : ""))).toEqual(["2", "3", "4"]);
    const current = makeAnnotation();
    store.add({ type: "conflict", slug: "s", base: current, current, changes: {} });
    store.add({ type: "conflict", slug: "s", base: current, current: { ...current, version: 3 }, changes: {} });
    expect(store.getSnapshot().filter((n) => n.type === "conflict")).toHaveLength(1);
  });
});
