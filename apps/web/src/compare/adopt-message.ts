import { isApiError } from "../api/api-error.ts";
import { errorMessage } from "../lib/error-message.ts";

/** What the page says after "Adopt this version": the outcome, or why nothing changed. */
export function adoptSuccessMessage(authorName: string, rejected: number): string {
  const others =
    rejected === 0 ? "" : rejected === 1 ? "; the other version was rejected" : `; the ${rejected} other versions were rejected`;
  return `Adopted ${authorName}'s version${others}.`;
}

export function adoptErrorMessage(error: unknown): string {
  if (isApiError(error, "version_conflict"))
    return "Someone changed one of these annotations in the meantime, so nothing was adopted. The comparison has been reloaded: check it and adopt again.";
  if (isApiError(error, "not_found"))
    return "One of these annotations was deleted in the meantime, so nothing was adopted. The comparison has been reloaded.";
  return `Nothing was adopted: ${errorMessage(error)}`;
}
