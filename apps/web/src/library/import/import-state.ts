import type { ImportDuplicate } from "@verbatim/contract";
import type { ImportPreview } from "../../queries/use-import-preview.ts";
import type { RevisionPreview } from "../../queries/use-revision-preview.ts";
import { guessFormat, type ImportFormat } from "./guess-format.ts";
import { NO_PROBLEMS, type ImportProblems } from "./import-errors.ts";
import { EMPTY_METADATA, type MetadataField, type MetadataValues } from "./metadata-fields.ts";
import { applyPrefill, hintsToValues, placeHint, type MetadataHints } from "./metadata-prefill.ts";

/** What the dialog is busy with; "idle" while it waits for the analyst. */
export type ImportStage = "idle" | "reading" | "previewing" | "importing" | "done";

/** What to do with a text that repeats a statement: add it as that statement's next revision, or import it anyway. */
export type ImportChoice = { kind: "revision"; duplicate: ImportDuplicate } | { kind: "separate" };

export interface ImportState {
  /** "revision": the summary of a revision to confirm, when the text is added to a statement it repeats. */
  step: "source" | "details" | "revision";
  stage: ImportStage;
  /** Share of the file read (0–1), when the browser reports it. */
  readProgress: number | null;
  content: string;
  format: ImportFormat;
  /** A guess follows the text as it changes; a file's extension or the analyst's choice is kept. */
  formatSetBy: "guess" | "file" | "analyst";
  fileName: string | null;
  fileError: string | null;
  preview: ImportPreview | null;
  /** The last preview's hints, to tell a pre-filled field from one the analyst typed. */
  hints: MetadataHints;
  place: string | null;
  values: MetadataValues;
  problems: ImportProblems;
  /** Counts failed attempts, so the form can move focus to what needs fixing after each one, and only then. */
  failures: number;
  /** The job importing a text too long for one request (the API answered 202), while it runs. */
  jobId: string | null;
  /** Asked for when the preview found statements the text repeats; null until the analyst chooses. */
  choice: ImportChoice | null;
  /** The revision's note ("Corr.1"), when the text is added as a revision. */
  note: string;
  /** What adding the text as a revision would do, shown for the analyst to confirm. */
  revision: RevisionPreview | null;
}

export type ImportAction =
  | { type: "content-changed"; content: string }
  | { type: "format-chosen"; format: ImportFormat }
  | { type: "file-started"; name: string }
  | { type: "file-progress"; ratio: number }
  | { type: "file-loaded"; name: string; content: string; format: ImportFormat }
  | { type: "file-failed"; message: string }
  | { type: "preview-started" }
  | { type: "preview-succeeded"; preview: ImportPreview }
  | { type: "back" }
  | { type: "value-changed"; field: MetadataField; value: string }
  | { type: "import-started" }
  | { type: "job-started"; jobId: string }
  | { type: "choice-made"; choice: ImportChoice }
  | { type: "note-changed"; note: string }
  | { type: "revision-preview-succeeded"; revision: RevisionPreview }
  | { type: "import-succeeded" }
  | { type: "failed"; problems: ImportProblems };

export const INITIAL_IMPORT_STATE: ImportState = {
  step: "source",
  stage: "idle",
  readProgress: null,
  content: "",
  format: "text",
  formatSetBy: "guess",
  fileName: null,
  fileError: null,
  preview: null,
  hints: {},
  place: null,
  values: EMPTY_METADATA,
  problems: NO_PROBLEMS,
  failures: 0,
  jobId: null,
  choice: null,
  note: "",
  revision: null,
};

export function importReducer(state: ImportState, action: ImportAction): ImportState {
  switch (action.type) {
    case "content-changed": {
      const setBy = action.content === "" && state.formatSetBy === "file" ? "guess" : state.formatSetBy;
      const format = setBy === "guess" ? guessFormat(action.content) : state.format;
      const fileName = action.content === "" ? null : state.fileName;
      return { ...state, content: action.content, format, formatSetBy: setBy, fileName, problems: { ...state.problems, text: null } };
    }
    case "format-chosen":
      return { ...state, format: action.format, formatSetBy: "analyst" };
    case "file-started":
      return { ...state, stage: "reading", readProgress: 0, fileName: action.name, fileError: null };
    case "file-progress":
      return { ...state, readProgress: action.ratio };
    case "file-loaded":
      return {
        ...state,
        stage: "idle",
        readProgress: 1,
        content: action.content,
        format: action.format,
        formatSetBy: "file",
        fileName: action.name,
        problems: NO_PROBLEMS,
      };
    case "file-failed":
      return { ...state, stage: "idle", readProgress: null, fileName: null, fileError: action.message };
    case "preview-started":
      return { ...state, stage: "previewing", problems: NO_PROBLEMS };
    case "preview-succeeded": {
      const hints = hintsToValues(action.preview.metadata);
      const values = applyPrefill(state.values, state.hints, hints);
      return {
        ...state,
        step: "details",
        stage: "idle",
        preview: action.preview,
        hints,
        values,
        place: placeHint(action.preview.metadata),
        // Another text, other matches: the analyst chooses again.
        choice: null,
        revision: null,
      };
    }
    case "back":
      return { ...state, step: state.step === "revision" ? "details" : "source", stage: "idle", problems: NO_PROBLEMS, revision: null };
    case "value-changed": {
      const values = { ...state.values, [action.field]: action.value };
      if (!state.problems.fields[action.field]) return { ...state, values };
      const fields = { ...state.problems.fields, [action.field]: undefined };
      return { ...state, values, problems: { ...state.problems, fields } };
    }
    case "import-started":
      return { ...state, stage: "importing", problems: NO_PROBLEMS };
    case "job-started":
      return { ...state, jobId: action.jobId };
    case "choice-made":
      return { ...state, choice: action.choice, problems: { ...state.problems, top: null, choice: null } };
    case "note-changed":
      return { ...state, note: action.note };
    case "revision-preview-succeeded":
      return { ...state, step: "revision", stage: "idle", revision: action.revision };
    case "import-succeeded":
      return { ...state, stage: "done" };
    case "failed":
      return { ...state, stage: "idle", problems: action.problems, failures: state.failures + 1, jobId: null };
  }
}
