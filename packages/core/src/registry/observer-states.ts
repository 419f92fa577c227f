import type { RegistryEntry } from "./registry-types.ts";

/** The two non-member observer States of the General Assembly (UN "Non-member States" page). */
export const OBSERVER_STATES: readonly RegistryEntry[] = [
  {
    key: "VAT",
    name: "Holy See",
    kind: "observer-state",
    iso2: "VA",
    iso3: "VAT",
    aliases: ["Vatican", "Vatican City", "Vatican City State"],
  },
  { key: "PSE", name: "State of Palestine", kind: "observer-state", iso2: "PS", iso3: "PSE", aliases: ["Palestine"] },
];
