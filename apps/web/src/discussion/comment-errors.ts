import { errorMessage } from "../lib/error-message.ts";
import { isApiError } from "../api/api-error.ts";

/** The message for a failed comment write; the UI branches on the code. */
export function commentErrorMessage(error: unknown): string {
  if (isApiError(error, "version_conflict")) {
    return "This comment was changed elsewhere. It now shows the latest version; your text is kept here, so save again to replace it.";
  }
  if (isApiError(error, "invalid_mention")) return "You can mention only members of this workspace.";
  if (isApiError(error, "not_found")) return "The comment or annotation is gone: it may have been deleted.";
  return errorMessage(error);
}
