import { ApiError } from "../../api/api-error.ts";
import { errorMessage } from "../../lib/error-message.ts";
import { fieldErrors, type FieldErrors } from "../../lib/field-errors.ts";
import { FIELD_MESSAGES, TEXT_MESSAGES } from "./field-messages.ts";
import type { MetadataField } from "./metadata-fields.ts";

/** Where a failed preview or import is shown: beside a metadata field, beside the text, or at the top. */
export interface ImportProblems {
  fields: FieldErrors<MetadataField>;
  text: string | null;
  top: string | null;
  /** Beside the choice between a revision and a separate statement, when the text repeats one. */
  choice?: string | null;
}

export const NO_PROBLEMS: ImportProblems = { fields: {}, text: null, top: null };

/** Sorts an API failure by its code (never its message) to the place the analyst can fix it. */
export function importProblems(error: unknown): ImportProblems {
  if (!(error instanceof ApiError)) return { ...NO_PROBLEMS, top: errorMessage(error) };
  switch (error.code) {
    case "validation_failed": {
      const fields = fieldErrors(error.issues, FIELD_MESSAGES);
      const onText = error.issues.some((i) => /^(content|format)\b/.test(i.path));
      const placed = Object.keys(fields).length > 0 || onText;
      return { fields, text: onText ? TEXT_MESSAGES.invalid : null, top: placed ? null : errorMessage(error) };
    }
    // Problems with the text go beside it; the details step, where the text is not shown, lifts them to the top.
    case "invalid_content":
      return { ...NO_PROBLEMS, text: TEXT_MESSAGES.noParagraphs };
    case "payload_too_large":
      return { ...NO_PROBLEMS, text: TEXT_MESSAGES.tooLarge };
    case "forbidden":
      return { ...NO_PROBLEMS, top: TEXT_MESSAGES.forbidden };
    default:
      return { ...NO_PROBLEMS, top: errorMessage(error, ["rate_limited"]) };
  }
}

/** The words for a revision that could not be previewed or added, naming the statement it was for. */
export function revisionProblems(error: unknown, title: string): ImportProblems {
  if (!(error instanceof ApiError)) return importProblems(error);
  switch (error.code) {
    case "no_changes":
      return { ...NO_PROBLEMS, top: `This text is the same as the current revision of ${title}: there is nothing to add.` };
    case "revision_changed":
      return { ...NO_PROBLEMS, top: `${title} has had a new revision since this preview. Go back and preview the text again.` };
    case "not_found":
      return { ...NO_PROBLEMS, top: `${title} is no longer in the library. Import the text as a separate statement.` };
    case "forbidden":
      return { ...NO_PROBLEMS, top: "Your role does not allow adding revisions." };
    default:
      return importProblems(error);
  }
}
