import { MAX_CONTENT_CHARS, type ImportEdit } from "@verbatim/contract";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useReducer, useRef } from "react";
import { useNavigate } from "react-router";
import { jobFailure, jobQuery, type Job } from "../../queries/job-query.ts";
import { queryKeys } from "../../queries/query-keys.ts";
import type { ImportSource } from "../../queries/import-source.ts";
import { fetchImportPreview } from "../../queries/use-import-preview.ts";
import { TEXT_MESSAGES } from "./field-messages.ts";
import { importProblems, NO_PROBLEMS } from "./import-errors.ts";
import { type CreatedStatement, type ImportChoice, importReducer, INITIAL_IMPORT_STATE } from "./import-state.ts";
import type { MetadataField } from "./metadata-fields.ts";
import type { MeetingValues, TurnField } from "./record-turns.ts";
import { isAbort, useImportBatch } from "./use-import-batch.ts";
import { useImportSubmit } from "./use-import-submit.ts";
import { useRevisionFlow } from "./use-revision-flow.ts";

/** The statements a finished job made: one for a statement's import, one per turn for a record's. */
function jobStatements(job: Job): CreatedStatement[] {
  const result = job.result;
  if (!result) return [];
  if ("statements" in result) return result.statements;
  if ("statement" in result) return [{ ...result.statement, speaker: null, delegation: null }];
  return [];
}

/**
 * The import dialog's behaviour: files read and previewed by the server in a batch, or pasted text; a preview the
 * analyst corrects edit by edit (each answered by a new preview from the server); then one statement, or one per
 * speaker of a meeting record. Work too long for one request is a job (202), followed until it ends.
 */
export function useImportFlow() {
  const [state, dispatch] = useReducer(importReducer, INITIAL_IMPORT_STATE);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const previewAbort = useRef<AbortController | null>(null);
  const job = useQuery({ ...jobQuery(state.jobId ?? ""), enabled: state.jobId !== null });
  const revision = useRevisionFlow(state, dispatch);
  const batch = useImportBatch();
  const openedAlone = useRef<string | null>(null);

  /** After an import: a file of a batch of several goes back to the list; otherwise the new statement opens. */
  function finished(statements: CreatedStatement[], kind: "statement" | "record") {
    if (state.batchItem) batch.imported(state.batchItem, statements);
    void queryClient.invalidateQueries({ queryKey: queryKeys.allStatements });
    if (kind === "record") return dispatch({ type: "record-succeeded", statements });
    const first = statements[0];
    if (state.batchItem && batch.items.length > 1) return dispatch({ type: "back" });
    dispatch({ type: "import-succeeded" });
    if (first) void navigate(`/s/${encodeURIComponent(first.slug)}`);
  }
  const submit = useImportSubmit(state, dispatch, finished, revision.previewRevision);

  // A preview still on its way when the dialog closes is no longer wanted.
  useEffect(() => () => previewAbort.current?.abort(), []);

  // The job's end: what it made, or why it failed, shown as a failed request would be.
  useEffect(() => {
    if (state.jobId === null) return;
    if (job.isError) return dispatch({ type: "failed", problems: importProblems(job.error) });
    if (job.data?.state === "failed") return dispatch({ type: "failed", problems: importProblems(jobFailure(job.data)) });
    if (job.data?.state !== "succeeded") return;
    finished(jobStatements(job.data), state.jobKind ?? "statement");
    // finished() reads the state of this render; the job's end is what starts it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state.jobId, job.data, job.isError, job.error]);

  // One file picked alone opens for review as soon as the server has read it, as a pasted text does.
  useEffect(() => {
    const only = batch.items.length === 1 ? batch.items[0] : undefined;
    if (!only || only.id !== openedAlone.current || !only.preview || state.step !== "source") return;
    openedAlone.current = null;
    dispatch({ type: "preview-succeeded", preview: only.preview, file: only.file, batchItem: only.id });
  }, [batch.items, state.step]);

  function addFiles(files: readonly File[]) {
    if (files.length === 0) return;
    dispatch({ type: "file-error", message: null });
    openedAlone.current = null;
    const alone = batch.items.length === 0 && files.length === 1;
    const ids = batch.add(files);
    if (alone) openedAlone.current = ids[0] ?? null;
  }

  function review(id: string) {
    const item = batch.items.find((i) => i.id === id);
    if (item?.preview) dispatch({ type: "preview-succeeded", preview: item.preview, file: item.file, batchItem: item.id });
  }

  function source(): ImportSource {
    return state.file ? { kind: "file", file: state.file } : { kind: "text", format: state.format, content: state.content };
  }

  function requestPreview() {
    const content = state.content;
    if (!content.trim()) return dispatch({ type: "failed", problems: { ...NO_PROBLEMS, text: TEXT_MESSAGES.empty } });
    if (content.length > MAX_CONTENT_CHARS) return dispatch({ type: "failed", problems: { ...NO_PROBLEMS, text: TEXT_MESSAGES.tooLong } });
    previewAbort.current?.abort();
    const controller = new AbortController();
    previewAbort.current = controller;
    dispatch({ type: "preview-started" });
    fetchImportPreview({ source: { kind: "text", format: state.format, content }, signal: controller.signal }).then(
      (preview) => dispatch({ type: "preview-succeeded", preview }),
      (error: unknown) => {
        if (!isAbort(error)) dispatch({ type: "failed", problems: importProblems(error) });
      },
    );
  }

  /** Sends the edits to the server and shows what it answers; a refused edit leaves the preview as it was. */
  function runEdits(edits: ImportEdit[]) {
    if (state.editing) return;
    const previous = state.edits;
    previewAbort.current?.abort();
    const controller = new AbortController();
    previewAbort.current = controller;
    dispatch({ type: "edit-started", edits });
    fetchImportPreview({ source: source(), edits, signal: controller.signal }).then(
      (preview) => dispatch({ type: "edit-succeeded", preview }),
      (error: unknown) => {
        if (isAbort(error)) return;
        const problems = importProblems(error);
        dispatch({ type: "edit-failed", edits: previous, message: problems.top ?? problems.text ?? "The change could not be made." });
      },
    );
  }

  return {
    state,
    batch: { items: batch.items, add: addFiles, review, remove: batch.remove, clear: batch.clear },
    /** Where the import job is, while one runs. */
    jobProgress: state.jobId !== null ? (job.data?.progress ?? null) : null,
    setContent: (content: string) => dispatch({ type: "content-changed", content }),
    setFormat: (format: typeof state.format) => dispatch({ type: "format-chosen", format }),
    setValue: (field: MetadataField, value: string) => dispatch({ type: "value-changed", field, value }),
    back: () => dispatch({ type: "back" }),
    choose: (choice: ImportChoice) => dispatch({ type: "choice-made", choice }),
    setNote: (note: string) => dispatch({ type: "note-changed", note }),
    addRevision: revision.addRevision,
    edit: (edit: ImportEdit) => runEdits([...state.edits, edit]),
    undo: () => {
      if (state.edits.length > 0) runEdits(state.edits.slice(0, -1));
    },
    setMode: (mode: "record" | "single") => dispatch({ type: "mode-chosen", mode }),
    setMeeting: (field: keyof MeetingValues, value: string) => dispatch({ type: "meeting-changed", field, value }),
    setTurn: (index: number, field: TurnField, value: string) => dispatch({ type: "turn-changed", index, field, value }),
    checkTurn: (index: number, checked: boolean) => dispatch({ type: "turn-checked", index, checked }),
    checkAllTurns: (checked: boolean) => dispatch({ type: "turns-all", checked }),
    requestPreview,
    submit: submit.submitStatement,
    importRecord: submit.submitRecord,
  };
}

export type ImportFlow = ReturnType<typeof useImportFlow>;
