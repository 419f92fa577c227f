import { describe, expect, it } from "vitest";
import { entryBody, type EntryValues, parseAliases } from "./entry-form-values.ts";

const values = (v: Partial<EntryValues>): EntryValues => ({
  name: "",
  kind: "group",
  key: "",
  iso2: "",
  iso3: "",
  aliases: "",
  members: [],
  ...v,
});

describe("parseAliases", () => {
  it("takes one alias a line, trimmed, without blanks or repeats", () => {
    expect(parseAliases(" Friends of X \n\nFoX\r\nfriends of x\n")).toEqual(["Friends of X", "FoX"]);
  });

  it("reads a bounded number of lines", () => {
    expect(parseAliases(Array.from({ length: 10_000 }, (_, i) => `alias ${i}`).join("\n"))).toHaveLength(100);
  });
});

describe("entryBody", () => {
  it("sends only what was filled in, members for a group", () => {
    expect(entryBody(values({ name: " Friends of X ", aliases: "FoX", members: ["FRA", "CHN"] }))).toEqual({
      ok: true,
      body: { name: "Friends of X", kind: "group", aliases: ["FoX"], members: ["FRA", "CHN"] },
    });
  });

  it("drops members for a State, and sends its codes", () => {
    expect(entryBody(values({ name: "Atlantis", kind: "observer-state", iso2: "xa", iso3: "XAT", key: "XAT", members: ["FRA"] }))).toEqual({
      ok: true,
      body: { name: "Atlantis", kind: "observer-state", key: "XAT", iso2: "xa", iso3: "XAT" },
    });
  });

  it("names the fields to fix", () => {
    const checked = entryBody(values({ name: " ", iso2: "X1", iso3: "ABCD", key: "no spaces", aliases: "x".repeat(121) }));
    expect(checked).toEqual({
      ok: false,
      errors: {
        name: expect.any(String),
        key: expect.any(String),
        iso2: expect.any(String),
        iso3: expect.any(String),
        aliases: expect.any(String),
      },
    });
  });
});
