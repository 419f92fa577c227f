import type { Endpoint } from "./endpoint.ts";

/** Activity: the workspace feed of recent changes. */
export const activityEndpoints = {} as const satisfies Record<string, Endpoint>;
