import { describe, expect, it } from "vitest";
import { DEFAULT_DELEGATION_REGISTRY } from "./default-registry.ts";
import { delegationIndex } from "./delegation-index.ts";
import type { RegistryEntry } from "./registry-types.ts";
import { resolveDelegation, resolveDelegationIn } from "./resolve-delegation.ts";

const atlantis: RegistryEntry = { key: "ATL", name: "Atlantis", kind: "observer-state", iso3: "ATL", aliases: ["Lost City"] };

describe("delegationIndex", () => {
  it("indexes folded names and aliases, and resolves admin-added entries", () => {
    const registry = [...DEFAULT_DELEGATION_REGISTRY, atlantis];
    const index = delegationIndex(registry);
    expect(index.get("lostcity")).toEqual({ entry: atlantis, via: "alias" });
    expect(resolveDelegationIn(index, "the lost city")?.entry).toBe(atlantis);
    expect(resolveDelegation(registry, "ATL")).toEqual({ entry: atlantis, via: "iso3" });
  });

  it("makes a form two entries share unresolvable rather than first-come", () => {
    const clash: RegistryEntry = { key: "ATL-2", name: "Atlantis Group", kind: "group", aliases: ["Lost City"] };
    const registry = [atlantis, clash];
    expect(delegationIndex(registry).get("lostcity")).toBeNull();
    expect(resolveDelegation(registry, "Lost City")).toBeNull();
    expect(resolveDelegation(registry, "on behalf of the Lost City")).toBeNull();
    expect(resolveDelegation(registry, "Atlantis Group")?.entry).toBe(clash);
  });

  it("lets an alias win over another entry's ISO code", () => {
    const index = delegationIndex(DEFAULT_DELEGATION_REGISTRY);
    expect(index.get("nam")?.entry.key).toBe("NON-ALIGNED");
    expect(index.get("deu")).toMatchObject({ via: "iso3" });
  });
});
