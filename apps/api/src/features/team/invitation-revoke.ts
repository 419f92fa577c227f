import type { Db } from "../../db/database.ts";
import { AppError, notFound } from "../../http/app-error.ts";

/** Stops an invitation's link from working. Revoking twice is harmless; an accepted one can no longer be revoked. */
export async function revokeInvitation(db: Db, opts: { workspaceId: string; id: string }): Promise<void> {
  const { count } = await db.invitation.updateMany({
    where: { id: opts.id, workspaceId: opts.workspaceId, acceptedAt: null, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  if (count > 0) return;
  const row = await db.invitation.findFirst({ where: { id: opts.id, workspaceId: opts.workspaceId } });
  if (!row) throw notFound("invitation");
  if (row.acceptedAt) throw new AppError("invitation_unusable", "this invitation was already accepted; remove the member instead");
}
