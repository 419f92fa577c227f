import { DEFAULT_DELEGATION_REGISTRY } from "@verbatim/core";
import { describe, expect, it } from "vitest";
import { keyOfName } from "./add-delegation.ts";
import type { DelegationEntryRow } from "./delegation-entries-sql.ts";
import { normaliseSpeakersIn } from "./normalise-speakers.ts";
import { mergeRegistry } from "./workspace-registry.ts";

const row = (r: Partial<DelegationEntryRow> & Pick<DelegationEntryRow, "key" | "name">): DelegationEntryRow => ({
  id: r.key,
  kind: "group",
  iso2: null,
  iso3: null,
  aliases: [],
  members: [],
  extends: null,
  updatedAt: "2026-12-05T00:00:00.000Z",
  ...r,
});

describe("normaliseSpeakersIn", () => {
  it("names what the registry knows by its entry's name, and leaves the rest, empty values included, as they are", () => {
    const fields = { title: "T", delegation: "People's Republic of China", onBehalfOf: "on behalf of the G-77" };
    expect(normaliseSpeakersIn(DEFAULT_DELEGATION_REGISTRY, fields)).toEqual({
      title: "T",
      delegation: "China",
      onBehalfOf: "Group of 77 and China",
    });
    expect(normaliseSpeakersIn(DEFAULT_DELEGATION_REGISTRY, { delegation: " Arcadia ", onBehalfOf: "Korea" })).toEqual({
      delegation: " Arcadia ",
      onBehalfOf: "Korea",
    });
    expect(normaliseSpeakersIn(DEFAULT_DELEGATION_REGISTRY, { delegation: "", onBehalfOf: null })).toEqual({
      delegation: "",
      onBehalfOf: null,
    });
  });

  it("leaves hostile text as typed: far too long, or made of what the resolver strips", () => {
    const long = `${"Republic of ".repeat(20_000)}China`;
    const stripped = "on behalf of the ".repeat(5_000);
    expect(normaliseSpeakersIn(DEFAULT_DELEGATION_REGISTRY, { delegation: long, onBehalfOf: stripped })).toEqual({
      delegation: long,
      onBehalfOf: stripped,
    });
  });
});

describe("mergeRegistry", () => {
  it("adds a workspace's aliases to the built-in entry they extend, and its own entries after the built-in ones", () => {
    const { entries } = mergeRegistry([
      row({ key: "CHN", name: "China", kind: "member-state", aliases: ["Zhongguo"], extends: "CHN" }),
      row({ key: "FOTO", name: "Friends of the Ocean", aliases: ["Ocean Friends"], members: ["FJI"] }),
    ]);
    expect(entries.length).toBe(DEFAULT_DELEGATION_REGISTRY.length + 1);
    expect(entries.find((e) => e.key === "CHN")).toMatchObject({ name: "China", iso3: "CHN" });
    expect(entries.find((e) => e.key === "CHN")!.aliases).toContain("Zhongguo");
    expect(entries.at(-1)).toEqual({
      key: "FOTO",
      name: "Friends of the Ocean",
      kind: "group",
      aliases: ["Ocean Friends"],
      members: ["FJI"],
    });
    expect(normaliseSpeakersIn(entries, { delegation: "zhong-guo", onBehalfOf: "ocean friends" })).toEqual({
      delegation: "China",
      onBehalfOf: "Friends of the Ocean",
    });
  });
});

describe("keyOfName", () => {
  it("makes an upper-case slug of at most 40 characters, never ending in a hyphen", () => {
    expect(keyOfName("Friends of the Ocean")).toBe("FRIENDS-OF-THE-OCEAN");
    expect(keyOfName("Groupe des États d’Afrique")).toBe("GROUPE-DES-ETATS-D-AFRIQUE");
    expect(keyOfName("日本")).toBe("");
    const key = keyOfName("Group of Friends of ".repeat(10));
    expect(key.length).toBeLessThanOrEqual(40);
    expect(key.endsWith("-")).toBe(false);
  });
});
