import { describe, expect, it } from "vitest";
import { findState, groupsOf, membersOf, withEntry } from "./registry-relations.ts";
import { entry, SAMPLE_ENTRIES } from "./test-entries.ts";

const byKey = (key: string) => SAMPLE_ENTRIES.find((e) => e.key === key)!;

describe("membersOf", () => {
  it("gives a group's members as entries by name, keeping an unknown key as it is", () => {
    expect(membersOf(SAMPLE_ENTRIES, byKey("G77")).map((m) => (typeof m === "string" ? m : m.name))).toEqual([
      "China",
      "Côte d'Ivoire",
      "State of Palestine",
    ]);
    expect(membersOf(SAMPLE_ENTRIES, byKey("P5")).map((m) => (typeof m === "string" ? m : m.key))).toEqual(["CHN", "FRA", "XYZ"]);
  });
});

describe("groupsOf", () => {
  it("lists the groups and organisations that count a State among their members, by name", () => {
    expect(groupsOf(SAMPLE_ENTRIES, "FRA").map((g) => g.key)).toEqual(["EU", "P5"]);
    expect(groupsOf(SAMPLE_ENTRIES, "PSE").map((g) => g.key)).toEqual(["G77"]);
    expect(groupsOf(SAMPLE_ENTRIES, "G77")).toEqual([]);
  });
});

describe("findState", () => {
  it("finds a State by name, alias, key or ISO code, folded", () => {
    expect(findState(SAMPLE_ENTRIES, "france")?.key).toBe("FRA");
    expect(findState(SAMPLE_ENTRIES, "Ivory coast")?.key).toBe("CIV");
    expect(findState(SAMPLE_ENTRIES, "cn")?.key).toBe("CHN");
    expect(findState(SAMPLE_ENTRIES, "Palestine")?.key).toBe("PSE");
  });

  it("finds no group, no partial name and nothing for an empty text", () => {
    expect(findState(SAMPLE_ENTRIES, "G77")).toBeNull();
    expect(findState(SAMPLE_ENTRIES, "Fran")).toBeNull();
    expect(findState(SAMPLE_ENTRIES, "  ")).toBeNull();
    expect(findState(SAMPLE_ENTRIES, "x".repeat(10_000))).toBeNull();
  });
});

describe("withEntry", () => {
  const registry = { items: SAMPLE_ENTRIES.slice(0, 2), can: { add: true } };

  it("replaces the entry with the same key", () => {
    const china = { ...byKey("CHN"), aliases: [...byKey("CHN").aliases, "Zhongguo"] };
    const next = withEntry(registry, china);
    expect(next.items.map((e) => e.key)).toEqual(["CHN", "FRA"]);
    expect(next.items[0]!.aliases).toContain("Zhongguo");
    expect(next.can).toEqual({ add: true });
  });

  it("adds a new entry", () => {
    const added = entry({ key: "FRIENDS", name: "Friends of X", kind: "group", builtIn: false });
    expect(withEntry(registry, added).items.map((e) => e.key)).toEqual(["CHN", "FRA", "FRIENDS"]);
  });
});
