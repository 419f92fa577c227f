import { isApiError } from "../api/api-error.ts";
import { errorMessage } from "../lib/error-message.ts";

/** What to tell the analyst when a revision could not be previewed or added; chosen by the error's code. */
export function revisionErrorMessage(error: unknown): string {
  if (isApiError(error, "no_changes")) return "This text is the same as the current revision: there is nothing to add.";
  if (isApiError(error, "invalid_content")) return `The text could not be read. ${errorMessage(error, ["invalid_content"])}`;
  if (isApiError(error, "validation_failed")) return `The text could not be sent. ${errorMessage(error, ["validation_failed"])}`;
  if (isApiError(error, "forbidden")) return "Your role does not allow adding revisions.";
  if (isApiError(error, "not_found")) return "This statement is no longer in the library.";
  return errorMessage(error);
}

/** Said when the preview had to be made again because another revision landed meanwhile. */
export function revisedMeanwhileMessage(current: number): string {
  return `Revision ${current} was added while you were working: the preview below is now against it. Check it, then add your text again.`;
}
