import { describe, expect, it } from "vitest";
import { revisionFixtures } from "./fixtures/index.ts";
import { diffWords, type WordChange } from "./word-diff.ts";

const side = (changes: readonly WordChange[], skip: WordChange["op"]): string =>
  changes
    .filter((c) => c.op !== skip)
    .map((c) => c.text)
    .join("");

describe("diffWords", () => {
  it("marks the words a Rev.1 added and removed", () => {
    const changes = diffWords("We also note the growing links.", "We also note with grave concern the growing links.");
    expect(changes).toEqual([
      { op: "same", text: "We also note " },
      { op: "added", text: "with grave concern " },
      { op: "same", text: "the growing links." },
    ]);
  });

  it("gives a replaced word as removed then added", () => {
    expect(diffWords("regional organisations.", "regional organizations.")).toEqual([
      { op: "same", text: "regional " },
      { op: "removed", text: "organisations" },
      { op: "added", text: "organizations" },
      { op: "same", text: "." },
    ]);
  });

  it("handles empty texts on either side", () => {
    expect(diffWords("", "I thank you.")).toEqual([{ op: "added", text: "I thank you." }]);
    expect(diffWords("I thank you.", "")).toEqual([{ op: "removed", text: "I thank you." }]);
    expect(diffWords("", "")).toEqual([]);
  });

  it("gives back both texts exactly, white space and mojibake included, on every fixture paragraph", () => {
    for (const fixture of revisionFixtures) {
      const after = new Map(fixture.new);
      for (const [id, before] of fixture.old) {
        const next = after.get(id) ?? "";
        const changes = diffWords(before, next);
        expect(side(changes, "added")).toBe(before);
        expect(side(changes, "removed")).toBe(next);
        // Runs of one kind are merged, so no two neighbours share an op.
        changes.forEach((c, k) => k > 0 && expect(c.op).not.toBe(changes[k - 1]!.op));
      }
    }
    const spaced = diffWords("a  b\tc\n d", "a b\tc  d e");
    expect(side(spaced, "added")).toBe("a  b\tc\n d");
    expect(side(spaced, "removed")).toBe("a b\tc  d e");
  });
});
