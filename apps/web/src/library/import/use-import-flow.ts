import { MAX_CONTENT_CHARS } from "@verbatim/contract";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useReducer, useRef } from "react";
import { useNavigate } from "react-router";
import { jobFailure, jobQuery } from "../../queries/job-query.ts";
import { queryKeys } from "../../queries/query-keys.ts";
import { useCreateStatement } from "../../queries/use-create-statement.ts";
import { useImportPreview } from "../../queries/use-import-preview.ts";
import { buildCreateRequest, checkCreateRequest } from "./build-create-request.ts";
import { TEXT_MESSAGES } from "./field-messages.ts";
import { formatFromFileName } from "./guess-format.ts";
import { importProblems, NO_PROBLEMS } from "./import-errors.ts";
import { type ImportChoice, importReducer, INITIAL_IMPORT_STATE } from "./import-state.ts";
import type { MetadataField } from "./metadata-fields.ts";
import { formatBytes, MAX_FILE_BYTES, readTextFile } from "./read-file.ts";
import { useRevisionFlow } from "./use-revision-flow.ts";

function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === "AbortError";
}

/**
 * The import dialog's behaviour: read a file, preview, check and import, then open the new statement. A text too long
 * for one request is imported as a job (202), followed until it ends.
 */
export function useImportFlow() {
  const [state, dispatch] = useReducer(importReducer, INITIAL_IMPORT_STATE);
  const preview = useImportPreview();
  const create = useCreateStatement();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const previewAbort = useRef<AbortController | null>(null);
  const job = useQuery({ ...jobQuery(state.jobId ?? ""), enabled: state.jobId !== null });
  const revision = useRevisionFlow(state, dispatch);

  // A preview still on its way when the dialog closes is no longer wanted.
  useEffect(() => () => previewAbort.current?.abort(), []);

  // The job's end: open the new statement, or show why it failed as a failed request would be shown.
  useEffect(() => {
    if (state.jobId === null) return;
    if (job.isError) return dispatch({ type: "failed", problems: importProblems(job.error) });
    if (job.data?.state === "failed") return dispatch({ type: "failed", problems: importProblems(jobFailure(job.data)) });
    const made = job.data?.state === "succeeded" ? job.data.result?.statement : undefined;
    if (!made) return;
    dispatch({ type: "import-succeeded" });
    void queryClient.invalidateQueries({ queryKey: queryKeys.allStatements });
    void navigate(`/s/${encodeURIComponent(made.slug)}`);
  }, [state.jobId, job.data, job.isError, job.error, navigate, queryClient]);

  async function loadFile(file: File) {
    const format = formatFromFileName(file.name);
    if (!format) return dispatch({ type: "file-failed", message: "Choose a .txt, .md or .html file." });
    if (file.size > MAX_FILE_BYTES) {
      return dispatch({ type: "file-failed", message: `${file.name} is ${formatBytes(file.size)}, more than a statement can hold.` });
    }
    dispatch({ type: "file-started", name: file.name });
    try {
      const content = await readTextFile(file, (ratio) => dispatch({ type: "file-progress", ratio }));
      dispatch({ type: "file-loaded", name: file.name, content, format });
    } catch {
      dispatch({ type: "file-failed", message: `${file.name} could not be read. Try again, or paste its text.` });
    }
  }

  function requestPreview() {
    const content = state.content;
    if (!content.trim()) return dispatch({ type: "failed", problems: { ...NO_PROBLEMS, text: TEXT_MESSAGES.empty } });
    if (content.length > MAX_CONTENT_CHARS) return dispatch({ type: "failed", problems: { ...NO_PROBLEMS, text: TEXT_MESSAGES.tooLong } });
    previewAbort.current?.abort();
    const controller = new AbortController();
    previewAbort.current = controller;
    dispatch({ type: "preview-started" });
    preview.mutate(
      { body: { format: state.format, content }, signal: controller.signal },
      {
        onSuccess: (result) => dispatch({ type: "preview-succeeded", preview: result }),
        onError: (error) => {
          if (!isAbort(error)) dispatch({ type: "failed", problems: importProblems(error) });
        },
      },
    );
  }

  function submit() {
    // A text that repeats a statement is imported only once the analyst has said it is not a revision of it.
    if (state.preview?.duplicates.length && !state.choice) {
      return dispatch({ type: "failed", problems: { ...NO_PROBLEMS, choice: TEXT_MESSAGES.choose } });
    }
    if (state.choice?.kind === "revision") return revision.previewRevision(state.choice.duplicate);
    const checked = checkCreateRequest(buildCreateRequest(state.values, { format: state.format, content: state.content }));
    if (!checked.ok) return dispatch({ type: "failed", problems: { fields: checked.fields, text: checked.text, top: null } });
    dispatch({ type: "import-started" });
    create.mutate(checked.body, {
      onSuccess: (created) => {
        if ("job" in created) {
          // What the 202 said is the job's first state: shown at once, then polled.
          queryClient.setQueryData(jobQuery(created.job.id).queryKey, created.job);
          return dispatch({ type: "job-started", jobId: created.job.id });
        }
        dispatch({ type: "import-succeeded" });
        void navigate(`/s/${encodeURIComponent(created.statement.slug)}`);
      },
      onError: (error) => dispatch({ type: "failed", problems: importProblems(error) }),
    });
  }

  return {
    state,
    /** Where the import job is, while one runs. */
    jobProgress: state.jobId !== null ? (job.data?.progress ?? null) : null,
    setContent: (content: string) => dispatch({ type: "content-changed", content }),
    setFormat: (format: typeof state.format) => dispatch({ type: "format-chosen", format }),
    setValue: (field: MetadataField, value: string) => dispatch({ type: "value-changed", field, value }),
    back: () => dispatch({ type: "back" }),
    choose: (choice: ImportChoice) => dispatch({ type: "choice-made", choice }),
    setNote: (note: string) => dispatch({ type: "note-changed", note }),
    addRevision: revision.addRevision,
    loadFile: (file: File) => void loadFile(file),
    requestPreview,
    submit,
  };
}
