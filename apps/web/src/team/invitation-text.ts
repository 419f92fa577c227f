import type { InvitationView } from "./use-invitations.ts";

export const STATUS_LABELS: Record<InvitationView["status"], string> = {
  pending: "Pending",
  accepted: "Accepted",
  revoked: "Revoked",
  expired: "Expired",
};

const DAY = 86_400_000;
const HOUR = 3_600_000;
const exactDate = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit" });

/** "in 6 days", "in 5 hours", "in under an hour", or "ended" once the time has passed. */
export function timeLeft(expiresAt: string, now: number = Date.now()): string {
  const left = Date.parse(expiresAt) - now;
  if (Number.isNaN(left)) return "";
  if (left <= 0) return "ended";
  if (left >= DAY) {
    const days = Math.round(left / DAY);
    return `in ${days} ${days === 1 ? "day" : "days"}`;
  }
  if (left >= HOUR) {
    const hours = Math.round(left / HOUR);
    return `in ${hours} ${hours === 1 ? "hour" : "hours"}`;
  }
  return "in under an hour";
}

/** A date and time a person reads, in their own time zone. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : exactDate.format(date);
}

/** The line under an invitation: who made it, and what became of it. */
export function invitationFate(invitation: InvitationView, now: number = Date.now()): string {
  switch (invitation.status) {
    case "accepted":
      return invitation.acceptedBy ? `Accepted by ${invitation.acceptedBy.name}` : "Accepted";
    case "revoked":
      return "Revoked: the link no longer works";
    case "expired":
      return `Expired on ${formatDateTime(invitation.expiresAt)}`;
    case "pending":
      return `Expires ${timeLeft(invitation.expiresAt, now)}`;
  }
}
