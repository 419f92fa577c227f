import type { Endpoint } from "@verbatim/contract";
import { roleAtLeast } from "@verbatim/core";
import type { Viewer } from "./actor.ts";

/**
 * Whether a role may call an endpoint at all: the contract names the least role each one needs. The route
 * checks it on every request, and abilities that are only this gate (may import, may add instruments) ask it
 * too, so the rule has one place.
 */
export const mayCall = (viewer: Pick<Viewer, "role"> | null, endpoint: Pick<Endpoint, "access">): boolean =>
  endpoint.access === "public" || (viewer !== null && roleAtLeast(viewer.role, endpoint.access));
