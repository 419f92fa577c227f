import { isApiError } from "../api/api-error.ts";
import { errorMessage } from "../lib/error-message.ts";

/** What to tell a reviewer whose decision was not stored. */
export function reviewErrorMessage(error: unknown): string {
  if (isApiError(error, "version_conflict")) {
    return "Not saved: someone changed this annotation while you were reviewing it. Its current version is shown; review it again.";
  }
  if (isApiError(error, "not_found")) return "Not saved: this annotation has been deleted.";
  return `The review was not saved. ${errorMessage(error)}`;
}
