import { z } from "zod";
import { Email, Password, Role, UserRef } from "./auth.ts";
import { IsoDateTime, Uuid } from "./common.ts";

/** A member of the workspace, as everyone in it sees them (for @mentions and author filters too). */
/** What the caller may do with a member: admins change roles and remove anyone but the workspace's last admin. */
export const MemberAbilities = z.object({ changeRole: z.boolean(), remove: z.boolean() });
export type MemberAbilities = z.infer<typeof MemberAbilities>;
export const Member = z.object({ id: Uuid, name: z.string(), email: z.string(), role: Role, joinedAt: IsoDateTime, can: MemberAbilities });
export const MemberList = z.object({ items: z.array(Member) });
export const MemberResponse = z.object({ member: Member });
export const UpdateMemberRequest = z.strictObject({ role: Role });

export const INVITATION_STATUSES = ["pending", "accepted", "revoked", "expired"] as const;
export const InvitationStatus = z.enum(INVITATION_STATUSES);
export const INVITATION_DAYS = { min: 1, max: 30, default: 7 } as const;

export const Invitation = z.object({
  id: Uuid,
  role: Role,
  /** Who it is meant for, as the admin wrote it; the link works for whoever holds it. */
  note: z.string().nullable(),
  createdAt: IsoDateTime,
  expiresAt: IsoDateTime,
  createdBy: UserRef,
  status: InvitationStatus,
  acceptedBy: UserRef.nullable(),
});
export const InvitationList = z.object({ items: z.array(Invitation) });

export const CreateInvitationRequest = z.strictObject({
  role: Role,
  note: z.string().trim().max(200).optional(),
  expiresInDays: z.number().int().min(INVITATION_DAYS.min).max(INVITATION_DAYS.max).default(INVITATION_DAYS.default),
});
/** The token and link are shown once: only the token's SHA-256 is stored. */
export const CreatedInvitation = z.object({ invitation: Invitation, token: z.string(), url: z.string() });

/** What the person who opens a link sees before joining. */
export const InvitationPreview = z.object({
  workspace: z.object({ name: z.string() }),
  role: Role,
  invitedBy: z.object({ name: z.string() }),
  expiresAt: IsoDateTime,
});

export const AcceptInvitationRequest = z.discriminatedUnion("account", [
  z.strictObject({ account: z.literal("new"), name: z.string().trim().min(1).max(120), email: Email, password: Password }),
  z.strictObject({ account: z.literal("existing"), email: Email, password: z.string().min(1).max(256) }),
  /** The session's own user; needs the session cookie and its X-CSRF-Token header. */
  z.strictObject({ account: z.literal("signed-in") }),
]);
