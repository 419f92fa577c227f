import type { Endpoint } from "./endpoint.ts";

/** Review: the queue of proposed annotations and each annotation's history. */
export const reviewEndpoints = {} as const satisfies Record<string, Endpoint>;
