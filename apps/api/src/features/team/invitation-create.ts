import type { Role } from "@verbatim/core";
import type { Actor } from "../../auth/actor.ts";
import { newSecret, sha256 } from "../../auth/secrets.ts";
import type { Db } from "../../db/database.ts";
import { INVITATION_INCLUDE, presentInvitation } from "./invitation.ts";

/** Makes an invitation link; the token is returned once and only its SHA-256 is stored. */
export async function createInvitation(
  db: Db,
  opts: { actor: Actor; role: Role; note?: string | undefined; expiresInDays: number; baseUrl: string },
) {
  const token = newSecret("vbi_");
  const row = await db.invitation.create({
    data: {
      workspaceId: opts.actor.workspaceId,
      tokenHash: sha256(token),
      role: opts.role,
      note: opts.note ? opts.note : null,
      createdById: opts.actor.userId,
      expiresAt: new Date(Date.now() + opts.expiresInDays * 86_400_000),
    },
    include: INVITATION_INCLUDE,
  });
  return { invitation: presentInvitation(row), token, url: `${opts.baseUrl.replace(/\/+$/, "")}/invite/${token}` };
}
