import type { RouteCases } from "../support/route-cases.ts";

export const teamCases: RouteCases = { authorization: {}, isolation: {}, bodies: {}, queries: {} };
