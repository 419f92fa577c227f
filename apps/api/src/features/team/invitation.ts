import type { Invitation } from "@verbatim/contract";
import type { Role } from "@verbatim/core";
import type { z } from "zod";

export interface InvitationRow {
  id: string;
  role: string;
  note: string | null;
  createdAt: Date;
  expiresAt: Date;
  acceptedAt: Date | null;
  revokedAt: Date | null;
  createdBy: { id: string; name: string };
  acceptedBy: { id: string; name: string } | null;
}

export function invitationStatus(row: Pick<InvitationRow, "acceptedAt" | "revokedAt" | "expiresAt">, now = new Date()) {
  if (row.acceptedAt) return "accepted" as const;
  if (row.revokedAt) return "revoked" as const;
  return row.expiresAt <= now ? ("expired" as const) : ("pending" as const);
}

export const presentInvitation = (row: InvitationRow, now = new Date()): z.output<typeof Invitation> => ({
  id: row.id,
  role: row.role as Role,
  note: row.note,
  createdAt: row.createdAt.toISOString(),
  expiresAt: row.expiresAt.toISOString(),
  createdBy: { id: row.createdBy.id, name: row.createdBy.name },
  status: invitationStatus(row, now),
  acceptedBy: row.acceptedBy ? { id: row.acceptedBy.id, name: row.acceptedBy.name } : null,
});

/** The relations presentInvitation reads. */
export const INVITATION_INCLUDE = {
  createdBy: { select: { id: true, name: true } },
  acceptedBy: { select: { id: true, name: true } },
} as const;
