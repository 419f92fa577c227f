import type { RouteCases } from "../support/route-cases.ts";

export const discussionCases: RouteCases = { authorization: {}, isolation: {}, bodies: {}, queries: {} };
