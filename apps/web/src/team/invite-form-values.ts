import { CreateInvitationRequest, INVITATION_DAYS } from "@verbatim/contract";
import { fieldErrors, type FieldErrors } from "../lib/field-errors.ts";
import type { InvitationInput } from "./use-invitations.ts";

export const INVITE_MESSAGES = {
  role: "Choose a role.",
  note: "Keep the note under 200 characters.",
  expiresInDays: `Choose between ${INVITATION_DAYS.min} and ${INVITATION_DAYS.max} days.`,
};
export type InviteField = keyof typeof INVITE_MESSAGES;

/** The invite form's fields as the API's body, or the fields to fix. */
export function inviteBody(values: {
  role: string;
  note: string;
  expiresInDays: string;
}): { ok: true; body: InvitationInput } | { ok: false; errors: FieldErrors<InviteField> } {
  const days = values.expiresInDays.trim() === "" ? Number.NaN : Number(values.expiresInDays);
  const note = values.note.trim();
  const candidate = { role: values.role, expiresInDays: days, ...(note ? { note } : {}) };
  const checked = CreateInvitationRequest.safeParse(candidate);
  if (!checked.success) return { ok: false, errors: fieldErrors(checked.error.issues, INVITE_MESSAGES) };
  return { ok: true, body: candidate as InvitationInput };
}
