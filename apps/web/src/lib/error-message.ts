import { ApiError, type ApiErrorCode } from "../api/api-error.ts";

/** Turns the API's terse messages ("wrong email or password") into a sentence for the page. */
export function asSentence(text: string): string {
  const trimmed = text.trim();
  if (!trimmed) return trimmed;
  const capitalised = trimmed[0]!.toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capitalised) ? capitalised : `${capitalised}.`;
}

const GENERIC: Partial<Record<ApiErrorCode, string>> = {
  network_error: "The server could not be reached. Check your connection and try again.",
  unauthenticated: "Your session has ended. Sign in again.",
  forbidden: "You do not have permission to do that.",
  not_found: "That could not be found. It may have been removed, or belong to another workspace.",
  csrf_failed: "Your session could not be verified. Reload the page and try again.",
  rate_limited: "Too many attempts. Wait a little and try again.",
  internal: "Something went wrong on our side. Try again in a moment.",
  server_busy: "The server is busy with other people's work. Try again in a few seconds.",
  database_unavailable: "The database is restarting. Your work is safe; try again in a few seconds.",
  too_complex: "This text is too large or too deeply nested to process at once. Send it in smaller parts.",
  invalid_response: "The server sent an answer this page does not understand. Reload the page and try again.",
};

/**
 * The text to show for a failed request. For the codes in `apiMessageFor` the API's own message is shown
 * (it says something the page cannot know, such as when to retry); for the rest, a message chosen by code.
 */
export function errorMessage(error: unknown, apiMessageFor: readonly ApiErrorCode[] = []): string {
  if (!(error instanceof ApiError)) return "Something went wrong. Reload the page and try again.";
  if (apiMessageFor.includes(error.code)) return asSentence(error.message);
  return GENERIC[error.code] ?? `Something went wrong (${error.code}). Try again.`;
}
