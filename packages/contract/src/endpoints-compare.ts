import type { Endpoint } from "./endpoint.ts";

/** Compare annotators: side by side per paragraph, agreement, adopting a version. */
export const compareEndpoints = {} as const satisfies Record<string, Endpoint>;
