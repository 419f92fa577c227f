import type { RouteCases } from "../support/route-cases.ts";

export const searchCases: RouteCases = {
  authorization: {
    search: (c) => c.client.get("/api/search?q=crime"),
    searchFacets: (c) => c.client.get("/api/search/facets?q=crime"),
  },
  // Search names no resource; search.test.ts checks that another workspace's statements are never found.
  isolation: {},
  bodies: {},
  queries: {
    search: { path: () => "/api/search", wrongTypes: `q=crime&type=sideways&cursor=${"x".repeat(501)}&facets=maybe` },
    searchFacets: { path: () => "/api/search/facets", wrongTypes: "q=crime&type=sideways&month=May" },
  },
};
