import { compareFingerprints, MOSTLY_SAME_SHARE } from "@verbatim/core";
import { describe, expect, it } from "vitest";
import { containmentGroups } from "./duplicate-prefilter.ts";

const contains = (existing: readonly number[], group: readonly number[]) => group.every((hash) => existing.includes(hash));

describe("containmentGroups", () => {
  it("splits the import's distinct hashes into total − minSame + 1 groups", () => {
    expect(containmentGroups([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 8)).toEqual([
      [1, 4, 7, 10],
      [2, 5, 8],
      [3, 6, 9],
    ]);
    expect(containmentGroups([4, 4, 4], 2)).toEqual([[4]]);
    expect(containmentGroups([1], 0)).toEqual([[1]]);
    expect(
      containmentGroups(
        Array.from({ length: 1000 }, (_, k) => k),
        800,
      ),
    ).toBeNull();
  });

  it("lets through every statement the verdict would offer (each of 2,000 random cases)", () => {
    let seed = 7;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    let offered = 0;
    for (let run = 0; run < 2000; run++) {
      const incoming = Array.from({ length: 1 + random(30) }, () => random(40)).sort((a, b) => a - b);
      const existing = Array.from({ length: random(40) }, () => random(40)).sort((a, b) => a - b);
      const minSame = Math.floor(incoming.length * MOSTLY_SAME_SHARE);
      if (compareFingerprints(incoming, existing).verdict === "different") continue;
      offered++;
      const groups = containmentGroups(incoming, minSame)!;
      expect(
        groups.some((group) => contains(existing, group)),
        `${incoming} in ${existing}`,
      ).toBe(true);
    }
    expect(offered).toBeGreaterThan(200);
  });
});
