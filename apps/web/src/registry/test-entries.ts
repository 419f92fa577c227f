import type { DelegationEntry } from "./delegations-query.ts";

/** A registry entry for tests, with no codes, aliases or members unless given. */
export const entry = (e: Partial<DelegationEntry> & Pick<DelegationEntry, "key" | "name" | "kind">): DelegationEntry => ({
  iso2: null,
  iso3: null,
  aliases: [],
  members: [],
  builtIn: true,
  ...e,
});

/** A few entries shaped like the built-in registry's. */
export const SAMPLE_ENTRIES: DelegationEntry[] = [
  entry({ key: "CHN", name: "China", kind: "member-state", iso2: "CN", iso3: "CHN", aliases: ["People's Republic of China", "PRC"] }),
  entry({ key: "FRA", name: "France", kind: "member-state", iso2: "FR", iso3: "FRA", aliases: ["French Republic"] }),
  entry({ key: "CIV", name: "Côte d'Ivoire", kind: "member-state", iso2: "CI", iso3: "CIV", aliases: ["Ivory Coast"] }),
  entry({ key: "PSE", name: "State of Palestine", kind: "observer-state", iso2: "PS", iso3: "PSE", aliases: ["Palestine"] }),
  entry({
    key: "G77",
    name: "Group of 77 and China",
    kind: "group",
    aliases: ["G-77", "Group of 77"],
    members: ["CHN", "CIV", "PSE"],
  }),
  entry({ key: "P5", name: "Permanent members of the Security Council", kind: "group", aliases: ["P5"], members: ["FRA", "CHN", "XYZ"] }),
  entry({ key: "EU", name: "European Union", kind: "organization", aliases: ["EU"], members: ["FRA"], builtIn: false }),
];
