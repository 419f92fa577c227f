import { Annotation } from "@verbatim/contract";
import { isApiError } from "../api/api-error.ts";
import { errorMessage } from "../lib/error-message.ts";

/** What to tell the analyst when a tag could not be saved; chosen by the error's code. */
export function createErrorMessage(error: unknown): string {
  if (isApiError(error, "invalid_target")) {
    return "The tag was not saved: the text changed since you selected it. Select the passage again and tag it once more.";
  }
  if (isApiError(error, "revision_changed")) {
    return "The text was revised while you were tagging; please select the words again.";
  }
  if (isApiError(error, "invalid_attributes")) return `The tag was not saved. ${errorMessage(error, ["invalid_attributes"])}`;
  return `The tag was not saved. ${errorMessage(error)}`;
}

export function updateErrorMessage(error: unknown): string {
  if (isApiError(error, "not_found")) return "Your changes were not saved: someone deleted this annotation.";
  if (isApiError(error, "invalid_target")) return "Your changes were not saved: the text changed since the annotation was made.";
  if (isApiError(error, "invalid_attributes")) return `Your changes were not saved. ${errorMessage(error, ["invalid_attributes"])}`;
  return `Your changes were not saved. ${errorMessage(error)}`;
}

export function deleteErrorMessage(error: unknown): string {
  if (isApiError(error, "version_conflict")) {
    return "The annotation was not deleted: someone changed it since you loaded it. Check the new version, then delete it again if you still want to.";
  }
  if (isApiError(error, "not_found")) return "Someone had already deleted this annotation.";
  return `The annotation was not deleted. ${errorMessage(error)}`;
}

export function restoreErrorMessage(error: unknown): string {
  return `The annotation could not be restored. ${errorMessage(error)}`;
}

/** The annotation as it now is on the server, from a 409 `version_conflict` (`details.current`). */
export function conflictCurrent(error: unknown): Annotation | null {
  if (!isApiError(error, "version_conflict") || typeof error.details !== "object" || error.details === null) return null;
  const parsed = Annotation.safeParse((error.details as { current?: unknown }).current);
  return parsed.success ? parsed.data : null;
}
