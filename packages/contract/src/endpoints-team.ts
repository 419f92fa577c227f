import type { Endpoint } from "./endpoint.ts";

/** Team: members and invitations. */
export const teamEndpoints = {} as const satisfies Record<string, Endpoint>;
