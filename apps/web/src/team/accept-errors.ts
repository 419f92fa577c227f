import { isApiError } from "../api/api-error.ts";
import { errorMessage } from "../lib/error-message.ts";

/** Why an acceptance failed, in the invitation page's words; `null` where a field error or another view says it. */
export function acceptErrorMessage(error: unknown, workspaceName: string): string | null {
  if (isApiError(error, "validation_failed") || isApiError(error, "email_taken") || isApiError(error, "invitation_unusable")) return null;
  if (isApiError(error, "conflict")) return `You are already a member of ${workspaceName}.`;
  if (isApiError(error, "invalid_credentials")) return "Wrong email or password.";
  if (isApiError(error, "unauthenticated")) return "Your session has ended. Sign in with your email and password below.";
  return errorMessage(error, ["rate_limited"]);
}

/** What became of a link the API will not accept, from `details.status` of invitation_unusable. */
export function unusableReason(details: unknown): string {
  const status = typeof details === "object" && details !== null ? (details as { status?: unknown }).status : undefined;
  if (status === "accepted") return "This invitation link has already been used.";
  if (status === "revoked") return "This invitation link was revoked.";
  if (status === "expired") return "This invitation link has expired.";
  return "This invitation link can no longer be used.";
}
