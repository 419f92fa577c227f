import type { RouteCases } from "../support/route-cases.ts";

export const analysisCases: RouteCases = {
  authorization: {
    passages: (c) => c.client.get("/api/passages?topic=crime"),
    matrix: (c) => c.client.get("/api/analysis/matrix?rows=delegation&cols=topic"),
  },
  // Neither names a resource; analysis.test.ts checks that another workspace's annotations are never counted.
  isolation: {},
  bodies: {},
  queries: {
    passages: { path: () => "/api/passages", wrongTypes: `group=colour&cursor=${"x".repeat(501)}` },
    matrix: { path: () => "/api/analysis/matrix", wrongTypes: "rows=colour&cols=topic&breakdown=size" },
  },
};
