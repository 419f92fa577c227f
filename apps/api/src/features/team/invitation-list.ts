import type { Db } from "../../db/database.ts";
import { INVITATION_INCLUDE, presentInvitation } from "./invitation.ts";

/** The workspace's invitations, newest first. */
export async function listInvitations(db: Db, opts: { workspaceId: string }) {
  const rows = await db.invitation.findMany({
    where: { workspaceId: opts.workspaceId },
    include: INVITATION_INCLUDE,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
  const now = new Date();
  return { items: rows.map((row) => presentInvitation(row, now)) };
}
