import type { RouteCases } from "../support/route-cases.ts";

export const compareCases: RouteCases = { authorization: {}, isolation: {}, bodies: {}, queries: {} };
