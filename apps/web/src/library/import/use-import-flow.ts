import { MAX_CONTENT_CHARS } from "@verbatim/contract";
import { useEffect, useReducer, useRef } from "react";
import { useNavigate } from "react-router";
import { useCreateStatement } from "../../queries/use-create-statement.ts";
import { useImportPreview } from "../../queries/use-import-preview.ts";
import { buildCreateRequest, checkCreateRequest } from "./build-create-request.ts";
import { TEXT_MESSAGES } from "./field-messages.ts";
import { formatFromFileName } from "./guess-format.ts";
import { importProblems, NO_PROBLEMS } from "./import-errors.ts";
import { importReducer, INITIAL_IMPORT_STATE } from "./import-state.ts";
import type { MetadataField } from "./metadata-fields.ts";
import { formatBytes, MAX_FILE_BYTES, readTextFile } from "./read-file.ts";

function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === "AbortError";
}

/** The import dialog's behaviour: read a file, preview, check and import, then open the new statement. */
export function useImportFlow() {
  const [state, dispatch] = useReducer(importReducer, INITIAL_IMPORT_STATE);
  const preview = useImportPreview();
  const create = useCreateStatement();
  const navigate = useNavigate();
  const previewAbort = useRef<AbortController | null>(null);

  // A preview still on its way when the dialog closes is no longer wanted.
  useEffect(() => () => previewAbort.current?.abort(), []);

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
    const checked = checkCreateRequest(buildCreateRequest(state.values, { format: state.format, content: state.content }));
    if (!checked.ok) return dispatch({ type: "failed", problems: { fields: checked.fields, text: checked.text, top: null } });
    dispatch({ type: "import-started" });
    create.mutate(checked.body, {
      onSuccess: ({ statement }) => {
        dispatch({ type: "import-succeeded" });
        void navigate(`/s/${encodeURIComponent(statement.slug)}`);
      },
      onError: (error) => dispatch({ type: "failed", problems: importProblems(error) }),
    });
  }

  return {
    state,
    setContent: (content: string) => dispatch({ type: "content-changed", content }),
    setFormat: (format: typeof state.format) => dispatch({ type: "format-chosen", format }),
    setValue: (field: MetadataField, value: string) => dispatch({ type: "value-changed", field, value }),
    back: () => dispatch({ type: "back" }),
    loadFile: (file: File) => void loadFile(file),
    requestPreview,
    submit,
  };
}
