import type { MemberAbilities } from "@verbatim/contract";
import { type Role, roleAtLeast } from "@verbatim/core";
import type { Actor } from "../../auth/actor.ts";

/** Everyone in the workspace sees who else is in it (for @mentions and author filters). */
export const canListMembers = (actor: Pick<Actor, "role">): boolean => roleAtLeast(actor.role, "viewer");

/** Admins manage members and invitations. */
export const canManageMembers = (actor: Pick<Actor, "role">): boolean => actor.role === "admin";

export type TeamDecision = { ok: true } | { ok: false; code: "forbidden" | "last_admin"; message: string };

const OK: TeamDecision = { ok: true };
const NOT_ADMIN: TeamDecision = { ok: false, code: "forbidden", message: "only admins manage members" };

/**
 * May the actor give the target member `newRole` (null: remove them)? The workspace must keep an admin:
 * `admins` is how many it has now, counted under the lock that the change takes.
 */
export function canChangeRole(actor: Pick<Actor, "role">, target: { role: Role }, newRole: Role | null, admins: number): TeamDecision {
  if (!canManageMembers(actor)) return NOT_ADMIN;
  const losesAdmin = target.role === "admin" && newRole !== "admin";
  if (losesAdmin && admins <= 1) {
    const message =
      newRole === null
        ? "the workspace needs an admin: make someone else an admin before removing the last one"
        : "the workspace needs an admin: make someone else an admin before changing the last admin's role";
    return { ok: false, code: "last_admin", message };
  }
  return OK;
}

/** Admins invite with any role, admin included. */
export const canInvite = (actor: Pick<Actor, "role">): boolean => canManageMembers(actor);

/**
 * What the viewer may do with a member, sent with them: admins give another role to, and remove, anyone but the
 * workspace's last admin (`admins`: how many it has).
 */
export const memberAbilities = (viewer: Pick<Actor, "role">, member: { role: Role }, admins: number): MemberAbilities => ({
  changeRole: canChangeRole(viewer, member, "viewer", admins).ok,
  remove: canChangeRole(viewer, member, null, admins).ok,
});
