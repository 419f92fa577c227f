import type { RouteCases } from "../support/route-cases.ts";

export const searchCases: RouteCases = {
  authorization: {
    search: (c) => c.client.get("/api/search?q=crime"),
  },
  // Search names no resource; search.test.ts checks that another workspace's statements are never found.
  isolation: {},
  bodies: {},
  queries: {
    search: { path: () => "/api/search", wrongTypes: `q=crime&type=sideways&cursor=${"x".repeat(501)}` },
  },
};
