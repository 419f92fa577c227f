import type { Role } from "@verbatim/core";

const RANK: Record<Role, number> = { viewer: 0, analyst: 1, reviewer: 2, admin: 3 };

export const roleAtLeast = (role: Role, minimum: Role): boolean => RANK[role] >= RANK[minimum];
