import { ApiError } from "../api/api-error.ts";

export type FieldErrors<F extends string> = Partial<Record<F, string>>;

interface Issue {
  path: PropertyKey[] | string;
}

/**
 * Maps validation issues (the contract's zod issues on the client, `details.issues` from the API) to one
 * message per field. The page chooses the wording per field; zod's own messages are written for developers.
 */
export function fieldErrors<F extends string>(issues: readonly Issue[], messages: Record<F, string>): FieldErrors<F> {
  const errors: FieldErrors<F> = {};
  for (const issue of issues) {
    const field = String(typeof issue.path === "string" ? issue.path.split(".")[0] : issue.path[0]);
    if (field in messages) errors[field as F] = messages[field as F];
  }
  return errors;
}

/** Field errors from a failed request, when the API rejected the body as invalid. */
export function fieldErrorsFromApi<F extends string>(error: unknown, messages: Record<F, string>): FieldErrors<F> {
  return error instanceof ApiError ? fieldErrors(error.issues, messages) : {};
}

/** Moves focus to the first invalid field, so keyboard and screen-reader users land on what needs fixing. */
export function focusFirstInvalid(form: HTMLFormElement | null, fields: readonly string[], errors: FieldErrors<string>): void {
  const first = fields.find((f) => errors[f]);
  if (!form || !first) return;
  const element = form.elements.namedItem(first);
  if (element instanceof HTMLElement) element.focus();
}
