import { isApiError } from "../api/api-error.ts";
import { errorMessage } from "../lib/error-message.ts";

/** What to tell the analyst when accepting failed; chosen by the error's code. */
export function acceptErrorMessage(error: unknown): string {
  if (isApiError(error, "revision_changed")) return "The text was revised meanwhile: the suggestions were read again from the new text.";
  if (isApiError(error, "not_found")) return "That suggestion is no longer offered (accepted, dismissed or covered by an annotation).";
  if (isApiError(error, "invalid_attributes")) return `The suggestion was not accepted. ${errorMessage(error, ["invalid_attributes"])}`;
  return `The suggestion was not accepted. ${errorMessage(error)}`;
}

export function dismissErrorMessage(error: unknown): string {
  if (isApiError(error, "not_found")) return "That suggestion is no longer offered.";
  return `The suggestion was not dismissed. ${errorMessage(error)}`;
}

export function undoErrorMessage(error: unknown): string {
  if (isApiError(error, "undo_stale")) return "That can no longer be undone.";
  return `Not undone. ${errorMessage(error)}`;
}
