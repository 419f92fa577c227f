import type { Endpoint } from "./endpoint.ts";

/** Discussion: comments on annotations, mentions and the inbox. */
export const discussionEndpoints = {} as const satisfies Record<string, Endpoint>;
