import { GROUPS } from "./groups.ts";
import { MEMBER_STATES } from "./member-states.ts";
import { OBSERVER_STATES } from "./observer-states.ts";
import { REGIONAL_GROUPS } from "./regional-groups.ts";
import type { RegistryEntry } from "./registry-types.ts";

/** The built-in entries; admins add to them (stored by the API), never edit these. */
export const DEFAULT_DELEGATION_REGISTRY: readonly RegistryEntry[] = [...MEMBER_STATES, ...OBSERVER_STATES, ...REGIONAL_GROUPS, ...GROUPS];
