import * as A from "./analysis.ts";
import { type Endpoint, read } from "./endpoint.ts";

/** The corpus side (issue 17): retrieved passages and the matrix of who said what. */
export const analysisEndpoints = {
  passages: {
    method: "get",
    path: "/api/passages",
    summary:
      "Retrieved passages: every live annotation the filters select across the workspace's statements (words still in the " +
      "current text), grouped by topic, stance, delegation or statement, each with its paragraph as context, a page at a " +
      "time. The same filters select the same annotations in GET /api/exports",
    access: "viewer",
    query: A.PassagesQuery,
    response: A.Passages,
    status: 200,
    errors: [...read, "too_complex"],
  },
  matrix: {
    method: "get",
    path: "/api/analysis/matrix",
    summary:
      "The annotations the filters select counted by two dimensions (delegation × topic, topic × year, label × label for " +
      "co-occurrence…), each cell with its count and its breakdown by a third (the stance mix by default). A row's or a " +
      "column's key is the filter value that opens its passages",
    access: "viewer",
    query: A.MatrixQuery,
    response: A.Matrix,
    status: 200,
    errors: [...read, "too_complex"],
  },
} as const satisfies Record<string, Endpoint>;
