import { isApiError } from "../api/api-error.ts";
import { asSentence, errorMessage } from "../lib/error-message.ts";

/** What to say when the count, the preview or the download fails, by the API's error code. */
export function exportErrorMessage(error: unknown): string {
  if (isApiError(error, "not_found")) {
    return "A chosen statement could not be found. It may have been removed or belong to another workspace: take it out and try again.";
  }
  if (isApiError(error, "validation_failed")) {
    const issue = error.issues[0];
    return issue ? `These filters were not accepted: ${issue.path} ${asSentence(issue.message)}` : asSentence(error.message);
  }
  if (isApiError(error, "network_error")) {
    return "The connection to the server failed, so the file is incomplete or missing. Check your connection and try again.";
  }
  return errorMessage(error);
}
