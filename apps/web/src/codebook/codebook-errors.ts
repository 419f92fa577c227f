import { isApiError } from "../api/api-error.ts";
import { errorMessage } from "../lib/error-message.ts";

/** The code another one clashes with (409 code_exists names it), so the page can offer to merge into it. */
export function existingCode(error: unknown): { id: string; name: string } | null {
  if (!isApiError(error, "code_exists") || typeof error.details !== "object" || error.details === null) return null;
  const existing = (error.details as { existing?: unknown }).existing;
  if (typeof existing !== "object" || existing === null) return null;
  const { id, name } = existing as { id?: unknown; name?: unknown };
  return typeof id === "string" && typeof name === "string" ? { id, name } : null;
}

/** A failed codebook change in words; the API's own message where it says what the page cannot know. */
export function codebookErrorMessage(error: unknown): string {
  if (isApiError(error, "version_conflict")) return "Someone changed this code meanwhile. The codebook has been reloaded; try again.";
  if (isApiError(error, "undo_stale")) return "This can no longer be undone: it was undone already, or the codes have changed since.";
  if (isApiError(error, "not_found")) return "That code is gone: someone merged or deleted it meanwhile.";
  return errorMessage(error, [
    "code_exists",
    "invalid_parent",
    "invalid_merge",
    "validation_failed",
    "conflict",
    "invalid_file",
    "unsupported_file",
  ]);
}
