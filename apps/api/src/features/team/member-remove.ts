import type { Actor } from "../../auth/actor.ts";
import type { Db } from "../../db/database.ts";
import { AppError } from "../../http/app-error.ts";
import { canChangeRole } from "./team-policy.ts";
import { lockMembership } from "./member-lock.ts";

/**
 * Removes a member from the workspace. Their annotations, comments and reviews stay. Their API tokens for the
 * workspace are revoked, so that a later invitation does not bring old tokens back; their sessions stop acting
 * here at once, since every request reads the membership (auth/authenticate.ts).
 */
export async function removeMember(db: Db, opts: { actor: Actor; userId: string }): Promise<void> {
  await db.$transaction(async (tx) => {
    const { membership, admins } = await lockMembership(tx, { workspaceId: opts.actor.workspaceId, userId: opts.userId });
    const decision = canChangeRole(opts.actor, membership, null, admins);
    if (!decision.ok) throw new AppError(decision.code, decision.message);
    const where = { userId: opts.userId, workspaceId: opts.actor.workspaceId };
    await tx.membership.delete({ where: { userId_workspaceId: where } });
    await tx.apiToken.updateMany({ where: { ...where, revokedAt: null }, data: { revokedAt: new Date() } });
  });
}
