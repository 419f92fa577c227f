import type { BlockChange } from "@verbatim/contract";
import { describe, expect, it } from "vitest";
import { anchoringSentence, changesSentence, countChanges } from "./revision-wording.ts";

const change = (id: string, fate: BlockChange["fate"]): BlockChange => ({ id, kind: "paragraph", fate });

describe("revision wording", () => {
  it("counts a preview's changes by fate and says them in the fates' order, zeros left out", () => {
    const counts = countChanges([
      change("p1", "unchanged"),
      change("p2", "edited"),
      change("p3", "deleted"),
      change("p4", "edited"),
      change("p6", "inserted"),
    ]);
    expect(counts).toEqual({ unchanged: 1, edited: 2, moved: 0, inserted: 1, deleted: 1, split: 0, merged: 0 });
    expect(changesSentence(counts)).toBe("2 edited, 1 inserted, 1 deleted");
    expect(changesSentence(counts, { unchanged: true })).toBe("1 unchanged, 2 edited, 1 inserted, 1 deleted");
    expect(changesSentence(countChanges([change("p1", "unchanged")]))).toBe("no paragraph changed");
  });

  it("says where a revision puts the tags", () => {
    expect(anchoringSentence({ total: 0, exact: 0, shifted: 0, fuzzy: 0, orphaned: 0 })).toBe("No tags to move.");
    expect(anchoringSentence({ total: 4, exact: 1, shifted: 1, fuzzy: 1, orphaned: 1 })).toBe(
      "4 tags: 1 on their words, 1 moved within their paragraph, 1 placed approximately (to confirm), 1 orphaned.",
    );
    expect(anchoringSentence({ total: 1, exact: 1, shifted: 0, fuzzy: 0, orphaned: 0 })).toBe("1 tag: 1 on their words.");
  });
});
