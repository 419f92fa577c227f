import { describe, expect, it } from "vitest";
import { keepThreadShape } from "./comment-thread.ts";

const c = (id: string, parentId: string | null, deleted = false) => ({ id, parentId, deleted });

describe("keepThreadShape", () => {
  it("keeps live comments and the deleted ones that still have something shown below them", () => {
    const list = [c("a", null, true), c("b", "a", true), c("c", "b"), c("d", null, true), c("e", null), c("f", "e", true)];
    expect(keepThreadShape(list).map((x) => x.id)).toEqual(["a", "b", "c", "e"]);
  });

  it("drops a whole deleted branch", () => {
    expect(keepThreadShape([c("a", null, true), c("b", "a", true)])).toEqual([]);
  });
});
