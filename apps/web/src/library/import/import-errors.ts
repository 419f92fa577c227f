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
    default: {
      const file = FILE_MESSAGES[error.code];
      return { ...NO_PROBLEMS, top: file ?? errorMessage(error, ["rate_limited"]) };
    }
  }
}

/** What went wrong with a file or an edit, by code: each says what the analyst can do about it. */
const FILE_MESSAGES: Partial<Record<ApiError["code"], string>> = {
  unsupported_file: "This is not a file the import reads. Use a .txt, .md, .html, .docx or .pdf file.",
  invalid_file: "The file could not be read: it is damaged, or not what its name says.",
  no_text_layer: "This PDF is a scan with no text layer, and OCR is not supported. Import a PDF with text, or paste the text.",
  encrypted_pdf: "This PDF is encrypted. Save a copy without protection and import that.",
  invalid_edit: "That change no longer fits the preview, so it was not made.",
  not_a_record: "No speakers’ turns were found in this text, so it cannot be split. Import it as one statement.",
};

/** The words for a file of a batch that could not be read: its own problem, in one sentence. */
export function fileProblem(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.code === "payload_too_large") return "The file is larger than the import takes.";
    if (error.code === "invalid_content") return TEXT_MESSAGES.noParagraphs;
    const message = FILE_MESSAGES[error.code];
    if (message) return message;
  }
  return importProblems(error).top ?? errorMessage(error);
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
