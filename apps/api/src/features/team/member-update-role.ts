import type { Role } from "@verbatim/core";
import type { Actor } from "../../auth/actor.ts";
import type { Db } from "../../db/database.ts";
import { AppError } from "../../http/app-error.ts";
import { canChangeRole } from "./team-policy.ts";
import { presentMember } from "./member.ts";
import { lockMembership } from "./member-lock.ts";

/** Gives a member another role; the last admin keeps theirs (409 last_admin). */
export async function updateMemberRole(db: Db, opts: { actor: Actor; userId: string; role: Role }) {
  return db.$transaction(async (tx) => {
    const { membership, admins } = await lockMembership(tx, { workspaceId: opts.actor.workspaceId, userId: opts.userId });
    const decision = canChangeRole(opts.actor, membership, opts.role, admins);
    if (!decision.ok) throw new AppError(decision.code, decision.message);
    const updated = await tx.membership.update({
      where: { userId_workspaceId: { userId: opts.userId, workspaceId: opts.actor.workspaceId } },
      data: { role: opts.role },
      include: { user: { select: { id: true, name: true, email: true } } },
    });
    const adminsNow = admins - (membership.role === "admin" ? 1 : 0) + (opts.role === "admin" ? 1 : 0);
    return { member: presentMember(opts.actor, adminsNow)(updated) };
  });
}
