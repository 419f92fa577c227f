import { describe, expect, it } from "vitest";
import { buildSearchIndex, kindCounts, searchEntries } from "./registry-search.ts";
import { SAMPLE_ENTRIES } from "./test-entries.ts";

const index = buildSearchIndex(SAMPLE_ENTRIES);
const names = (q: string) => searchEntries(index, q).map((hit) => hit.entry.name);

describe("searchEntries", () => {
  it("lists every entry by name for an empty query", () => {
    expect(names("  ")).toEqual([
      "China",
      "Côte d'Ivoire",
      "European Union",
      "France",
      "Group of 77 and China",
      "Permanent members of the Security Council",
      "State of Palestine",
    ]);
  });

  it("finds an entry by an alias, ignoring case and punctuation, and says which alias matched", () => {
    expect(searchEntries(index, "peoples republic of CHINA")).toEqual([{ entry: SAMPLE_ENTRIES[0], alias: "People's Republic of China" }]);
    expect(searchEntries(index, "People’s Republic of China").map((h) => h.alias)).toEqual(["People's Republic of China"]);
  });

  it("finds by key and ISO codes, exact matches first", () => {
    expect(names("CHN")).toEqual(["China"]);
    expect(names("cn")[0]).toBe("China");
    expect(names("g77")).toEqual(["Group of 77 and China"]);
  });

  it("ranks an exact name before names that merely contain it", () => {
    expect(names("china")).toEqual(["China", "Group of 77 and China"]);
  });

  it("ignores accents", () => {
    expect(names("cote d ivoire")).toEqual(["Côte d'Ivoire"]);
  });

  it("matches nothing for punctuation alone or a query longer than any name", () => {
    expect(names("'!?")).toEqual([]);
    expect(names("a".repeat(100_000))).toEqual([]);
    expect(names(`${"(".repeat(5_000)}china`)).toEqual([]);
  });
});

describe("kindCounts", () => {
  it("counts the hits of each kind", () => {
    expect(kindCounts(searchEntries(index, "china"))).toEqual({ "member-state": 1, "observer-state": 0, group: 1, organization: 0 });
    expect(kindCounts(searchEntries(index, ""))).toEqual({ "member-state": 3, "observer-state": 1, group: 2, organization: 1 });
  });
});
