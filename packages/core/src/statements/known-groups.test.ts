import { describe, expect, it } from "vitest";
import { DEFAULT_DELEGATION_REGISTRY } from "../registry/index.ts";
import { findKnownGroup } from "./known-groups.ts";
import { baseSlug } from "./slug.ts";

describe("findKnownGroup", () => {
  it.each([
    ["Statement of the Group of Asia-Pacific States at the 32nd Session", "Asia-Pacific Group"],
    ["on behalf of the Asia Pacific Group", "Asia-Pacific Group"],
    ["on behalf of the G-77 and China", "Group of 77 and China"],
    ["the European Union and its member States", "European Union"],
    ["Group of African States", "African Group"],
  ])("finds the group in %s", (text, name) => expect(findKnownGroup(text)?.name).toBe(name));

  it("does not read acronyms inside other words or in lower case", () => {
    expect(findKnownGroup("Statement by Viet Nam")).toBeNull();
    expect(findKnownGroup("we are eu-ropean")).toBeNull();
  });
});

describe("the registry's UN names", () => {
  // Statements are stored under the registry's names ("Group of Western European and other States"): each group
  // this list knows must still be found under that name, so its slug keeps the short token.
  const unName = (key: string) => DEFAULT_DELEGATION_REGISTRY.find((entry) => entry.key === key)!.name;
  it.each([
    ["AFRICAN-GROUP", "african-group"],
    ["APG", "apg"],
    ["EEG", "eeg"],
    ["GRULAC", "grulac"],
    ["WEOG", "weog"],
    ["G77", "g77"],
    ["EU", "eu"],
    ["NON-ALIGNED", "nam"],
    ["OIC", "oic"],
    ["ARAB-GROUP", "arab-group"],
    ["ASEAN", "asean"],
    ["CARICOM", "caricom"],
    ["AOSIS", "aosis"],
    ["LDC", "ldc"],
    ["LLDC", "lldc"],
    ["AU", "au"],
  ])("finds %s under its UN name, with the slug token %s", (key, slug) => {
    expect(findKnownGroup(unName(key))?.slug).toBe(slug);
    expect(baseSlug({ title: "Statement", date: "2024-03-01", forum: "UNGA", onBehalfOf: unName(key) })).toBe(`2024-03-01-unga-${slug}`);
  });

  it("finds WEOG in running text under its UN name, and LDC acronyms only as written", () => {
    expect(findKnownGroup("on behalf of the Group of Western European and other States")?.slug).toBe("weog");
    expect(findKnownGroup("on behalf of the LDCs")?.slug).toBe("ldc");
    expect(findKnownGroup("on behalf of the LLDCs")?.slug).toBe("lldc");
    expect(findKnownGroup("the ldcs of the world")).toBeNull();
  });
});
