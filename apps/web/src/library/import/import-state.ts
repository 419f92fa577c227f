import type { ImportDuplicate, ImportEdit } from "@verbatim/contract";
import type { ImportPreview } from "../../queries/use-import-preview.ts";
import type { RevisionPreview } from "../../queries/use-revision-preview.ts";
import { guessFormat, type ImportFormat } from "./guess-format.ts";
import { NO_PROBLEMS, type ImportProblems } from "./import-errors.ts";
import { EMPTY_METADATA, type MetadataField, type MetadataValues } from "./metadata-fields.ts";
import { applyPrefill, hintsToValues, placeHint, type MetadataHints } from "./metadata-prefill.ts";
import { meetingValues, turnChoices, type MeetingValues, type TurnChoice, type TurnField } from "./record-turns.ts";

/** What the dialog is busy with; "idle" while it waits for the analyst. */
export type ImportStage = "idle" | "previewing" | "importing" | "done";

/** What to do with a text that repeats a statement: add it as that statement's next revision, or import it anyway. */
export type ImportChoice = { kind: "revision"; duplicate: ImportDuplicate } | { kind: "separate" };

/** A statement the import made, linked from the dialog once a record's turns are in. */
export interface CreatedStatement {
  slug: string;
  title: string;
  speaker: string | null;
  delegation: string | null;
}

export interface ImportState {
  /** "revision": the summary of a revision to confirm; "created": the statements a record split made. */
  step: "source" | "details" | "revision" | "created";
  stage: ImportStage;
  content: string;
  format: ImportFormat;
  /** A guess follows the text as it changes; the analyst's choice is kept. */
  formatSetBy: "guess" | "analyst";
  /** The file under review (sent again with every preview and with the import), or null for pasted text. */
  file: File | null;
  /** The batch entry the file under review came from. */
  batchItem: string | null;
  fileError: string | null;
  preview: ImportPreview | null;
  /** The preview's edits, in order; the server applies them, the page never computes their effect. */
  edits: ImportEdit[];
  /** An edit's new preview is on its way. */
  editing: boolean;
  editError: string | null;
  /** The last preview's hints, to tell a pre-filled field from one the analyst typed. */
  hints: MetadataHints;
  place: string | null;
  values: MetadataValues;
  problems: ImportProblems;
  /** Counts failed attempts, so the form can move focus to what needs fixing after each one, and only then. */
  failures: number;
  /** The job importing a text too long for one request (the API answered 202), while it runs. */
  jobId: string | null;
  jobKind: "statement" | "record" | null;
  /** Asked for when the preview found statements the text repeats; null until the analyst chooses. */
  choice: ImportChoice | null;
  /** The revision's note ("Corr.1"), when the text is added as a revision. */
  note: string;
  /** What adding the text as a revision would do, shown for the analyst to confirm. */
  revision: RevisionPreview | null;
  /** For a meeting record: one statement per speaker's turn ("record"), or the whole text as one ("single"). */
  mode: "record" | "single";
  meeting: MeetingValues;
  turns: TurnChoice[];
  created: CreatedStatement[];
}

export type ImportAction =
  | { type: "content-changed"; content: string }
  | { type: "format-chosen"; format: ImportFormat }
  | { type: "file-error"; message: string | null }
  | { type: "preview-started" }
  | { type: "preview-succeeded"; preview: ImportPreview; file?: File | null; batchItem?: string | null }
  | { type: "edit-started"; edits: ImportEdit[] }
  | { type: "edit-succeeded"; preview: ImportPreview }
  | { type: "edit-failed"; edits: ImportEdit[]; message: string }
  | { type: "back" }
  | { type: "value-changed"; field: MetadataField; value: string }
  | { type: "import-started" }
  | { type: "job-started"; jobId: string; kind: "statement" | "record" }
  | { type: "choice-made"; choice: ImportChoice }
  | { type: "note-changed"; note: string }
  | { type: "revision-preview-succeeded"; revision: RevisionPreview }
  | { type: "import-succeeded" }
  | { type: "mode-chosen"; mode: "record" | "single" }
  | { type: "meeting-changed"; field: keyof MeetingValues; value: string }
  | { type: "turn-changed"; index: number; field: TurnField; value: string }
  | { type: "turn-checked"; index: number; checked: boolean }
  | { type: "turns-all"; checked: boolean }
  | { type: "record-succeeded"; statements: CreatedStatement[] }
  | { type: "failed"; problems: ImportProblems };

export const INITIAL_IMPORT_STATE: ImportState = {
  step: "source",
  stage: "idle",
  content: "",
  format: "text",
  formatSetBy: "guess",
  file: null,
  batchItem: null,
  fileError: null,
  preview: null,
  edits: [],
  editing: false,
  editError: null,
  hints: {},
  place: null,
  values: EMPTY_METADATA,
  problems: NO_PROBLEMS,
  failures: 0,
  jobId: null,
  jobKind: null,
  choice: null,
  note: "",
  revision: null,
  mode: "record",
  meeting: { forum: "", date: "", meetingSymbol: "" },
  turns: [],
  created: [],
};

/** The form follows a new preview: its hints fill what the analyst has not typed. */
function withPreview(state: ImportState, preview: ImportPreview): ImportState {
  const hints = hintsToValues(preview.metadata);
  return {
    ...state,
    preview,
    hints,
    values: applyPrefill(state.values, state.hints, hints),
    place: placeHint(preview.metadata),
  };
}

/** A record's table starts afresh for a new text, and is kept across edits that leave its turns as they were. */
function withRecord(state: ImportState, preview: ImportPreview, fresh: boolean): ImportState {
  const { record } = preview;
  if (!record) return { ...state, turns: [], mode: "single" };
  if (!fresh && state.turns.length === record.turns.length) return state;
  return { ...state, turns: turnChoices(record), meeting: meetingValues(record, preview.metadata), mode: "record" };
}

export function importReducer(state: ImportState, action: ImportAction): ImportState {
  switch (action.type) {
    case "content-changed": {
      const format = state.formatSetBy === "guess" ? guessFormat(action.content) : state.format;
      return { ...state, content: action.content, format, problems: { ...state.problems, text: null } };
    }
    case "format-chosen":
      return { ...state, format: action.format, formatSetBy: "analyst" };
    case "file-error":
      return { ...state, fileError: action.message };
    case "preview-started":
      return { ...state, stage: "previewing", problems: NO_PROBLEMS };
    case "preview-succeeded": {
      const next = withPreview(state, action.preview);
      return withRecord(
        {
          ...next,
          step: "details",
          stage: "idle",
          file: action.file ?? null,
          batchItem: action.batchItem ?? null,
          edits: [],
          editing: false,
          editError: null,
          // Another text, other matches: the analyst chooses again.
          choice: null,
          revision: null,
          created: [],
          problems: NO_PROBLEMS,
        },
        action.preview,
        true,
      );
    }
    case "edit-started":
      return { ...state, edits: action.edits, editing: true, editError: null };
    case "edit-succeeded":
      return withRecord({ ...withPreview(state, action.preview), editing: false }, action.preview, false);
    case "edit-failed":
      return { ...state, edits: action.edits, editing: false, editError: action.message };
    case "back":
      return {
        ...state,
        step: state.step === "revision" ? "details" : "source",
        stage: "idle",
        problems: NO_PROBLEMS,
        revision: null,
        editError: null,
      };
    case "value-changed": {
      const values = { ...state.values, [action.field]: action.value };
      if (!state.problems.fields[action.field]) return { ...state, values };
      const fields = { ...state.problems.fields, [action.field]: undefined };
      return { ...state, values, problems: { ...state.problems, fields } };
    }
    case "import-started":
      return { ...state, stage: "importing", problems: NO_PROBLEMS };
    case "job-started":
      return { ...state, jobId: action.jobId, jobKind: action.kind };
    case "choice-made":
      return { ...state, choice: action.choice, problems: { ...state.problems, top: null, choice: null } };
    case "note-changed":
      return { ...state, note: action.note };
    case "revision-preview-succeeded":
      return { ...state, step: "revision", stage: "idle", revision: action.revision };
    case "import-succeeded":
      return { ...state, stage: "done", jobId: null };
    case "mode-chosen":
      return { ...state, mode: action.mode, problems: NO_PROBLEMS };
    case "meeting-changed":
      return { ...state, meeting: { ...state.meeting, [action.field]: action.value } };
    case "turn-changed":
      return {
        ...state,
        turns: state.turns.map((turn) => (turn.index === action.index ? { ...turn, [action.field]: action.value } : turn)),
      };
    case "turn-checked":
      return {
        ...state,
        turns: state.turns.map((turn) => (turn.index === action.index ? { ...turn, checked: action.checked } : turn)),
      };
    case "turns-all":
      return { ...state, turns: state.turns.map((turn) => ({ ...turn, checked: action.checked })) };
    case "record-succeeded":
      return { ...state, step: "created", stage: "idle", jobId: null, jobKind: null, created: action.statements };
    case "failed":
      return { ...state, stage: "idle", problems: action.problems, failures: state.failures + 1, jobId: null, jobKind: null };
  }
}
