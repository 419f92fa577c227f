import { describe, expect, it } from "vitest";
import { readLibraryParams, writeLibraryParams } from "./library-params.ts";

describe("readLibraryParams", () => {
  it("reads the search and the sort", () => {
    expect(readLibraryParams(new URLSearchParams("q=+China+&sort=title"))).toEqual({ q: "China", sort: "title" });
  });

  it("falls back to recently added for a missing or unknown sort", () => {
    expect(readLibraryParams(new URLSearchParams("")).sort).toBe("-created");
    expect(readLibraryParams(new URLSearchParams("sort=popular")).sort).toBe("-created");
  });
});

describe("writeLibraryParams", () => {
  it("drops defaults and empty searches, and keeps unrelated parameters", () => {
    const current = new URLSearchParams("q=old&sort=title&x=1");
    expect(writeLibraryParams(current, { q: "  ", sort: "-created" }).toString()).toBe("x=1");
    expect(writeLibraryParams(current, { q: "UNTOC" }).toString()).toBe("q=UNTOC&sort=title&x=1");
  });
});
