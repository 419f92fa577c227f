import type { Role } from "@verbatim/core";
import { sha256 } from "../../auth/secrets.ts";
import type { Db } from "../../db/database.ts";
import { AppError, notFound } from "../../http/app-error.ts";
import { invitationStatus } from "./invitation.ts";

export const unusable = (status: string) =>
  new AppError("invitation_unusable", `this invitation link ${status === "accepted" ? "was already used" : `was ${status}`}`, {
    status,
  });

/** The invitation a link names, if it can still be accepted: 404 for no such link, 409 for a used, revoked or expired one. */
export async function findUsableInvitation(db: Db, token: string) {
  const row = await db.invitation.findUnique({
    where: { tokenHash: sha256(token) },
    include: { workspace: { select: { name: true } }, createdBy: { select: { name: true } } },
  });
  if (!row) throw notFound("invitation");
  const status = invitationStatus(row);
  if (status !== "pending") throw unusable(status);
  return row;
}

/** What the link offers, for the page that opens it. */
export async function previewInvitation(db: Db, token: string) {
  const row = await findUsableInvitation(db, token);
  return {
    workspace: { name: row.workspace.name },
    role: row.role as Role,
    invitedBy: { name: row.createdBy.name },
    expiresAt: row.expiresAt.toISOString(),
  };
}
