import * as C from "./compare.ts";
import { type Endpoint, read, write } from "./endpoint.ts";
import { StatementParams } from "./path-params.ts";

/** Compare annotators: side by side per paragraph, agreement, adopting a version. */
export const compareEndpoints = {
  compareAnnotators: {
    method: "get",
    path: "/api/statements/:idOrSlug/compare",
    params: StatementParams,
    summary:
      "Two or more annotators' tags on a statement side by side per paragraph (match, partial, disagreement, single), " +
      "with Cohen's κ (two annotators) and Krippendorff's α over paragraph × kind units, overall and per kind",
    access: "viewer",
    query: C.CompareQuery,
    response: C.Comparison,
    status: 200,
    errors: read,
  },
  adoptVersion: {
    method: "post",
    path: "/api/statements/:idOrSlug/compare/adopt",
    params: StatementParams,
    summary:
      "Accept one annotation and reject the other versions named, in one transaction (each as a review); " +
      "every annotation must be on this statement (else 404), and any stale version is a 409 that changes nothing",
    access: "reviewer",
    body: C.AdoptVersionRequest,
    response: C.AdoptVersionResponse,
    status: 200,
    errors: [...write, "version_conflict"],
  },
} as const satisfies Record<string, Endpoint>;
