import { isApiError } from "../api/api-error.ts";
import { errorMessage } from "../lib/error-message.ts";

/** What to tell the person when a placement did not go through; chosen by the error's code. */
export function placingErrorMessage(error: unknown): string {
  if (isApiError(error, "version_conflict")) return "Someone changed this annotation meanwhile; the list now shows it as it is.";
  if (isApiError(error, "not_waiting")) return "This annotation no longer waits to be placed: someone settled it meanwhile.";
  if (isApiError(error, "not_found")) return "This annotation is gone: someone deleted it meanwhile.";
  if (isApiError(error, "invalid_target")) return "Those words are not in the current text any more. Select them again.";
  if (isApiError(error, "revision_changed"))
    return "The statement was revised meanwhile. The list now shows the new text: select the words again.";
  return `Not saved. ${errorMessage(error)}`;
}
