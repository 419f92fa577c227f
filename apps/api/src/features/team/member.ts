import type { Member } from "@verbatim/contract";
import type { Role } from "@verbatim/core";
import type { z } from "zod";
import type { Viewer } from "../../auth/actor.ts";
import { memberAbilities } from "./team-policy.ts";

interface MembershipRow {
  role: string;
  createdAt: Date;
  user: { id: string; name: string; email: string };
}

/** A member as `viewer` sees them, with what they may do; `admins` is how many admins the workspace has. */
export const presentMember =
  (viewer: Viewer, admins: number) =>
  (m: MembershipRow): z.output<typeof Member> => {
    const role = m.role as Role;
    return {
      id: m.user.id,
      name: m.user.name,
      email: m.user.email,
      role,
      joinedAt: m.createdAt.toISOString(),
      can: memberAbilities(viewer, { role }, admins),
    };
  };
