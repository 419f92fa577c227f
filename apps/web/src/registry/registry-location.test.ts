import { describe, expect, it } from "vitest";
import { readRegistryLocation, registryHref } from "./registry-location.ts";

const read = (search: string, hash = "") => readRegistryLocation(new URLSearchParams(search), hash);

describe("readRegistryLocation", () => {
  it("reads the filter, the kind and the entry from the hash", () => {
    expect(read("?q=china&kind=group", "#G77")).toEqual({ q: "china", kind: "group", entry: "G77" });
  });

  it("takes ?entry= where there is no hash, upper-cased", () => {
    expect(read("?entry=chn")).toEqual({ q: "", kind: null, entry: "CHN" });
    expect(read("?entry=chn", "#AFRICAN-GROUP")).toEqual({ q: "", kind: null, entry: "AFRICAN-GROUP" });
  });

  it("ignores an unknown kind and a malformed key", () => {
    expect(read("?kind=planet&entry=a%20b", "#%E0%A4%A")).toEqual({ q: "", kind: null, entry: null });
    expect(read("", `#${"A".repeat(41)}`).entry).toBeNull();
    expect(read("", "#<img src=x>").entry).toBeNull();
  });
});

describe("registryHref", () => {
  it("writes the state back, the entry as the hash", () => {
    expect(registryHref({ q: "People's Republic", kind: "member-state", entry: "CHN" })).toBe(
      "/registry?q=People%27s+Republic&kind=member-state#CHN",
    );
    expect(registryHref({ q: "", kind: null, entry: null })).toBe("/registry");
  });

  it("round-trips through readRegistryLocation", () => {
    const state = { q: "a&b=c#d", kind: "organization" as const, entry: "EU" };
    const url = new URL(registryHref(state), "http://x");
    expect(readRegistryLocation(url.searchParams, url.hash)).toEqual(state);
  });
});
