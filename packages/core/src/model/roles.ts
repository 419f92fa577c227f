import type { Role } from "./taxonomy.ts";

const RANK: Record<Role, number> = { viewer: 0, analyst: 1, reviewer: 2, admin: 3 };

/** Whether a role has at least the rights of another: viewer < analyst < reviewer < admin, the one ranking. */
export const roleAtLeast = (role: Role, minimum: Role): boolean => RANK[role] >= RANK[minimum];
