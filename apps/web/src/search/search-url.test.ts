import { describe, expect, it } from "vitest";
import {
  apiQueryOf,
  EMPTY_SEARCH,
  hasSearch,
  MAX_FACET_VALUES,
  readSearchState,
  searchHref,
  searchParamsOf,
  toggleFilter,
} from "./search-url.ts";

const read = (qs: string) => readSearchState(new URLSearchParams(qs));

describe("search state in the URL", () => {
  it("reads the words, the type and repeated facet parameters", () => {
    expect(read("q=cybercrime&type=annotations&delegation=China&delegation=France&year=2023")).toEqual({
      q: "cybercrime",
      type: "annotations",
      filters: { delegation: ["China", "France"], year: ["2023"] },
    });
  });

  it("keeps values with commas whole, and drops empty and repeated values and unknown parameters", () => {
    expect(read("forum=CCPCJ%2C+32nd+session&forum=&forum=CCPCJ%2C+32nd+session&colour=red&type=nonsense")).toEqual({
      q: "",
      type: "paragraphs",
      filters: { forum: ["CCPCJ, 32nd session"] },
    });
  });

  it("writes a search back as the same URL, facets in the contract's order", () => {
    const state = read("topic=Cybercrime&q=%22organised+crime%22+-drugs&onBehalfOf=Group+of+77%2C+China&onBehalfOf=EU");
    const href = searchHref(state);
    expect(href).toBe("/search?q=%22organised+crime%22+-drugs&onBehalfOf=Group+of+77%2C+China&onBehalfOf=EU&topic=Cybercrime");
    expect(read(href.slice("/search?".length))).toEqual(state);
    expect(searchHref(EMPTY_SEARCH)).toBe("/search");
    expect(searchParamsOf({ ...EMPTY_SEARCH, q: "   " }).toString()).toBe("");
  });

  it("chooses and unchooses facet values", () => {
    const one = toggleFilter(EMPTY_SEARCH, "kind", "position", true);
    const two = toggleFilter(one, "kind", "commitment", true);
    expect(toggleFilter(two, "kind", "commitment", true).filters).toEqual({ kind: ["position", "commitment"] });
    expect(toggleFilter(two, "kind", "position", false).filters).toEqual({ kind: ["commitment"] });
    expect(toggleFilter(one, "kind", "position", false).filters).toEqual({});
  });

  it("asks the API only with words or a facet, and leaves an empty q out", () => {
    expect(hasSearch(EMPTY_SEARCH)).toBe(false);
    expect(hasSearch({ ...EMPTY_SEARCH, q: "  " })).toBe(false);
    const byFacet = toggleFilter(EMPTY_SEARCH, "status", "accepted", true);
    expect(hasSearch(byFacet)).toBe(true);
    expect(apiQueryOf(byFacet)).toEqual({ type: "paragraphs", status: ["accepted"] });
    expect(apiQueryOf({ ...byFacet, q: "UNTOC" })).toEqual({ q: "UNTOC", type: "paragraphs", status: ["accepted"] });
  });

  it("keeps a hostile URL's facet lists to the contract's bound", () => {
    const qs = Array.from({ length: 5_000 }, (_, i) => `label=l${i}`).join("&");
    expect(read(qs).filters.label).toHaveLength(MAX_FACET_VALUES);
  });
});
