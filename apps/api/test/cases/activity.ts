import type { RouteCases } from "../support/route-cases.ts";

export const activityCases: RouteCases = { authorization: {}, isolation: {}, bodies: {}, queries: {} };
