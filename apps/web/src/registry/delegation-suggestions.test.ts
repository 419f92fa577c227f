import { describe, expect, it } from "vitest";
import { suggestionsFor } from "./delegation-suggestions.ts";
import type { DelegationEntry } from "./delegations-query.ts";

const entry = (e: Partial<DelegationEntry> & Pick<DelegationEntry, "key" | "name" | "kind">): DelegationEntry => ({
  iso2: null,
  iso3: null,
  aliases: [],
  members: [],
  builtIn: true,
  ...e,
});
const items = [
  entry({ key: "VNM", name: "Viet Nam", kind: "member-state", iso3: "VNM", aliases: ["Vietnam", "Socialist Republic of Viet Nam"] }),
  entry({ key: "EU", name: "European Union", kind: "organization", aliases: ["EU"] }),
  entry({ key: "AUT", name: "Austria", kind: "member-state", iso3: "AUT" }),
  entry({
    key: "G77",
    name: "Group of 77 and China",
    kind: "group",
    aliases: ["G-77", "G77", "Group of 77", "Group of Seventy-Seven", "Group of 77 and China (G77)"],
  }),
  entry({ key: "PSE", name: "State of Palestine", kind: "observer-state", iso3: "PSE", builtIn: false }),
];

describe("suggestionsFor", () => {
  it("offers every entry for a delegation, by name, with its aliases and ISO code to match on", () => {
    expect(suggestionsFor(items, "delegation")).toEqual([
      { value: "Austria", label: "AUT" },
      { value: "European Union", label: "EU" },
      { value: "Group of 77 and China", label: "G-77 · G77 · Group of 77 · Group of Seventy-Seven" },
      { value: "State of Palestine", label: "PSE" },
      { value: "Viet Nam", label: "Vietnam · Socialist Republic of Viet Nam · VNM" },
    ]);
  });

  it("offers only groups and organizations for on behalf of", () => {
    expect(suggestionsFor(items, "onBehalfOf").map((s) => s.value)).toEqual(["European Union", "Group of 77 and China"]);
  });
});
