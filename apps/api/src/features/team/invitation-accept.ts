import type { Role } from "@verbatim/core";
import { createSession } from "../../auth/sessions.ts";
import { sha256 } from "../../auth/secrets.ts";
import type { Actor } from "../../auth/actor.ts";
import type { Db } from "../../db/database.ts";
import { Prisma } from "../../generated/prisma/client.ts";
import { AppError } from "../../http/app-error.ts";
import { invitationStatus } from "./invitation.ts";
import { type AcceptBody, emailTaken, type Joiner, resolveJoiner } from "./invitation-account.ts";
import { findUsableInvitation, unusable } from "./invitation-find.ts";
import { claimInvitation } from "./membership-sql.ts";

/**
 * Joins the workspace through an invitation link. In one transaction: the invitation is claimed by a conditional
 * UPDATE (so of two concurrent acceptances one gets 409), the account is made if new, the membership added and a
 * session started in the workspace. Any failure rolls all of it back, leaving the link usable.
 */
export async function acceptInvitation(db: Db, opts: { token: string; body: AcceptBody; sessionActor: Actor | null }) {
  await findUsableInvitation(db, opts.token);
  const joiner = await resolveJoiner(db, opts.body, opts.sessionActor);
  const tokenHash = sha256(opts.token);
  return db.$transaction(async (tx) => {
    const invitation = await claimInvitation(tx, tokenHash);
    if (!invitation) {
      const row = await tx.invitation.findUnique({ where: { tokenHash } });
      throw unusable(row ? invitationStatus(row) : "revoked");
    }
    const userId = await joinerId(tx, joiner);
    const workspaceId = invitation.workspace_id;
    const already = await tx.membership.findUnique({ where: { userId_workspaceId: { userId, workspaceId } } });
    if (already) throw new AppError("conflict", "you are already a member of this workspace");
    await tx.invitation.update({ where: { id: invitation.id }, data: { acceptedById: userId } });
    await tx.membership.create({ data: { userId, workspaceId, role: invitation.role as Role } });
    if (joiner.kind === "user" && joiner.replacesSessionId) await tx.session.deleteMany({ where: { id: joiner.replacesSessionId } });
    const session = await createSession(tx, userId, workspaceId);
    return { userId, workspaceId, session };
  });
}

async function joinerId(tx: Prisma.TransactionClient, joiner: Joiner): Promise<string> {
  if (joiner.kind === "user") return joiner.userId;
  try {
    const user = await tx.user.create({ data: { name: joiner.name, email: joiner.email, passwordHash: joiner.passwordHash } });
    return user.id;
  } catch (e) {
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") throw emailTaken();
    throw e;
  }
}
