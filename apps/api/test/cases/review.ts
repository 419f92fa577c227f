import type { RouteCases } from "../support/route-cases.ts";

export const reviewCases: RouteCases = { authorization: {}, isolation: {}, bodies: {}, queries: {} };
