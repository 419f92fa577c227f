import { describe, expect, it } from "vitest";
import { DEFAULT_DELEGATION_REGISTRY } from "./default-registry.ts";
import { delegationKey } from "./delegation-key.ts";
import { resolveDelegation } from "./resolve-delegation.ts";
import { REGIONAL_GROUPS } from "./regional-groups.ts";
import { KNOWN_GROUPS } from "../statements/known-groups.ts";

const registry = DEFAULT_DELEGATION_REGISTRY;
const ofKind = (kind: string) => registry.filter((entry) => entry.kind === kind);
const keys = new Set(registry.map((entry) => entry.key));

describe("DEFAULT_DELEGATION_REGISTRY", () => {
  it("holds the 193 Member States and the 2 observer States", () => {
    expect(ofKind("member-state")).toHaveLength(193);
    expect(ofKind("observer-state").map((entry) => entry.name)).toEqual(["Holy See", "State of Palestine"]);
  });

  it("has unique keys, and States have unique ISO codes of the right shape, keyed by alpha-3", () => {
    expect(keys.size).toBe(registry.length);
    const states = registry.filter((entry) => entry.kind === "member-state" || entry.kind === "observer-state");
    expect(new Set(states.map((entry) => entry.iso2)).size).toBe(states.length);
    expect(new Set(states.map((entry) => entry.iso3)).size).toBe(states.length);
    for (const state of states) {
      expect(state.iso2).toMatch(/^[A-Z]{2}$/);
      expect(state.key).toBe(state.iso3);
      expect(state.key).toMatch(/^[A-Z]{3}$/);
    }
  });

  it("gives no name or alias to two entries, and each resolves to its own entry", () => {
    const owner = new Map<string, string>();
    for (const entry of registry) {
      for (const form of [entry.name, ...entry.aliases]) {
        const key = delegationKey(form);
        expect(key, form).not.toBe("");
        const other = owner.get(key);
        if (other !== undefined) expect(other, form).toBe(entry.key);
        owner.set(key, entry.key);
        expect(resolveDelegation(registry, form)?.entry.key, form).toBe(entry.key);
      }
    }
  });

  it("lists members by keys that exist, without repeats", () => {
    for (const entry of registry) {
      if (entry.members === undefined) continue;
      expect(new Set(entry.members).size, entry.key).toBe(entry.members.length);
      for (const member of entry.members) expect(keys.has(member), `${entry.key}: ${member}`).toBe(true);
    }
  });

  it("puts every Member State in a regional group, and only Türkiye in two", () => {
    const counts = new Map<string, number>();
    for (const group of REGIONAL_GROUPS) {
      for (const member of group.members ?? []) counts.set(member, (counts.get(member) ?? 0) + 1);
    }
    for (const state of ofKind("member-state")) expect(counts.get(state.key), state.name).toBeGreaterThan(0);
    expect([...counts].filter(([, count]) => count > 1)).toEqual([["TUR", 2]]);
    const sizes = Object.fromEntries(REGIONAL_GROUPS.map((group) => [group.key, group.members?.length]));
    expect(sizes).toEqual({ "AFRICAN-GROUP": 54, APG: 55, EEG: 23, GRULAC: 33, WEOG: 29 });
  });

  it("has the European Union's 27 members", () => {
    expect(registry.find((entry) => entry.key === "EU")?.members).toHaveLength(27);
  });

  it("resolves every name import's known groups give, to the same group", () => {
    for (const group of KNOWN_GROUPS) {
      const key = group.slug === "nam" ? "NON-ALIGNED" : group.slug.toUpperCase();
      for (const form of [group.name, ...group.aliases, ...group.acronyms]) {
        expect(resolveDelegation(registry, form)?.entry.key, form).toBe(key);
      }
    }
  });
});
