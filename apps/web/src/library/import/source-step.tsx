import { useEffect, useId, useRef, useState, type ChangeEvent, type DragEvent, type FormEvent, type ReactNode } from "react";
import { SelectField } from "../../components/select-field.tsx";
import { BatchList } from "./batch-list.tsx";
import { droppedFiles } from "./dropped-files.ts";
import { FORMAT_OPTIONS, type ImportFormat } from "./guess-format.ts";
import { IMPORT_FILES, type BatchItem } from "./import-batch.ts";
import type { ImportState } from "./import-state.ts";

interface SourceStepProps {
  state: ImportState;
  batch: readonly BatchItem[];
  onContent: (content: string) => void;
  onFormat: (format: ImportFormat) => void;
  onFiles: (files: readonly File[]) => void;
  onReview: (id: string) => void;
  onRemove: (id: string) => void;
  onPreview: () => void;
  onCancel: () => void;
  progress: ReactNode;
}

const FORMAT_HINTS: Record<ImportState["formatSetBy"], string> = {
  guess: "Guessed from the text; correct it if it is wrong.",
  analyst: "As you chose.",
};

/** Lets a folder be picked whole; the attribute is not in React's types, though every current browser reads it. */
const FOLDER_PICKER = { webkitdirectory: "", directory: "" } as Record<string, string>;

/**
 * Step 1: files (picked, a folder picked, or dropped; each sent as it is, read and previewed by the server in turn), or
 * a text pasted, previewed as before.
 */
export function SourceStep({
  state,
  batch,
  onContent,
  onFormat,
  onFiles,
  onReview,
  onRemove,
  onPreview,
  onCancel,
  progress,
}: SourceStepProps) {
  const id = useId();
  const busy = state.stage !== "idle";
  const textError = state.problems.text;
  const textArea = useRef<HTMLTextAreaElement>(null);
  const [dragging, setDragging] = useState(false);

  useEffect(() => {
    if (state.failures > 0 && state.problems.text) textArea.current?.focus();
  }, [state.failures, state.problems.text]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onPreview();
  }
  function onFileChange(event: ChangeEvent<HTMLInputElement>) {
    const files = [...(event.target.files ?? [])];
    // The same files may be chosen again after a fix.
    event.target.value = "";
    onFiles(files);
  }
  function onDragOver(event: DragEvent<HTMLElement>) {
    if (!event.dataTransfer.types.includes("Files")) return;
    event.preventDefault();
    setDragging(true);
  }
  function onDrop(event: DragEvent<HTMLElement>) {
    event.preventDefault();
    setDragging(false);
    void droppedFiles(event.dataTransfer).then(onFiles);
  }

  return (
    <form className="import-form" onSubmit={onSubmit} noValidate>
      <div className="modal-body">
        {state.problems.top && (
          <p className="alert" role="alert">
            {state.problems.top}
          </p>
        )}
        <div
          className="file-drop"
          data-dragging={dragging || undefined}
          onDragOver={onDragOver}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
        >
          <div className={state.fileError ? "field field-invalid" : "field"}>
            <label htmlFor={`${id}-file`}>Upload files</label>
            <p className="field-hint" id={`${id}-file-hint`}>
              Word (.docx), PDF, .txt, .md or .html: one, or many at once. Drop files or a folder here, or choose them. Each is read by the
              server, and its preview opens for review.
            </p>
            <div className="file-pickers">
              <input
                id={`${id}-file`}
                type="file"
                multiple
                accept={IMPORT_FILES}
                onChange={onFileChange}
                disabled={busy}
                aria-describedby={state.fileError ? `${id}-file-hint ${id}-file-error` : `${id}-file-hint`}
              />
              <label className="button button-secondary button-small folder-picker">
                Choose a folder
                <input type="file" multiple className="visually-hidden" onChange={onFileChange} disabled={busy} {...FOLDER_PICKER} />
              </label>
            </div>
            {state.fileError && (
              <p className="field-error" id={`${id}-file-error`}>
                {state.fileError}
              </p>
            )}
          </div>
          {batch.length > 0 && <BatchList items={batch} onReview={onReview} onRemove={onRemove} />}
        </div>
        <div className={textError ? "field field-invalid" : "field"}>
          <label htmlFor={`${id}-text`}>Statement text</label>
          <p className="field-hint" id={`${id}-text-hint`}>
            Or paste the statement as published. Site navigation, share links and other clutter are left out; the next step shows exactly
            what.
          </p>
          <textarea
            ref={textArea}
            id={`${id}-text`}
            className="import-text"
            value={state.content}
            onChange={(e) => onContent(e.target.value)}
            rows={batch.length > 0 ? 4 : 9}
            spellCheck={false}
            autoFocus
            data-autofocus
            aria-invalid={textError ? true : undefined}
            aria-describedby={textError ? `${id}-text-hint ${id}-text-error` : `${id}-text-hint`}
            readOnly={busy}
          />
          {textError && (
            <p className="field-error" id={`${id}-text-error`}>
              {textError}
            </p>
          )}
        </div>
        <div className="import-source-row">
          <SelectField
            label="Format"
            hint={FORMAT_HINTS[state.formatSetBy]}
            value={state.format}
            options={FORMAT_OPTIONS}
            onChange={onFormat}
            disabled={busy}
          />
        </div>
      </div>
      <footer className="modal-footer">
        {progress}
        <div className="modal-actions">
          <button type="button" className="button button-secondary" onClick={onCancel}>
            Cancel
          </button>
          <button type="submit" className="button button-primary" disabled={busy}>
            {state.stage === "previewing" ? "Building preview…" : "Preview"}
          </button>
        </div>
      </footer>
    </form>
  );
}
