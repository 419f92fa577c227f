import { isApiError } from "../api/api-error.ts";
import { errorMessage } from "../lib/error-message.ts";

/** The entry a refused name, key or ISO code belongs to (409 conflict names it in `details`), to offer a link to it. */
export function clashingEntry(error: unknown): { key: string; name: string } | null {
  if (!isApiError(error, "conflict") || typeof error.details !== "object" || error.details === null) return null;
  const { key, name } = error.details as { key?: unknown; name?: unknown };
  return typeof key === "string" && typeof name === "string" ? { key, name } : null;
}

/** A failed addition in words: the API's own message where it names what clashed or which member is unknown. */
export function registryErrorMessage(error: unknown): string {
  if (isApiError(error, "not_found")) return "That entry is no longer in the registry. Reload the page and try again.";
  return errorMessage(error, ["conflict", "validation_failed"]);
}
