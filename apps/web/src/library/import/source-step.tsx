import { useEffect, useId, useRef, type ChangeEvent, type FormEvent, type ReactNode } from "react";
import { ACCEPTED_FILES, FORMAT_OPTIONS, type ImportFormat } from "./guess-format.ts";
import type { ImportState } from "./import-state.ts";
import { SelectField } from "../../components/select-field.tsx";

interface SourceStepProps {
  state: ImportState;
  onContent: (content: string) => void;
  onFormat: (format: ImportFormat) => void;
  onFile: (file: File) => void;
  onPreview: () => void;
  onCancel: () => void;
  progress: ReactNode;
}

const FORMAT_HINTS: Record<ImportState["formatSetBy"], string> = {
  guess: "Guessed from the text; correct it if it is wrong.",
  file: "Chosen from the file’s extension.",
  analyst: "As you chose.",
};

/** Step 1: the text, pasted or from a file, and its format. */
export function SourceStep({ state, onContent, onFormat, onFile, onPreview, onCancel, progress }: SourceStepProps) {
  const id = useId();
  const busy = state.stage !== "idle";
  const textError = state.problems.text;
  const textArea = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    if (state.failures > 0 && state.problems.text) textArea.current?.focus();
  }, [state.failures, state.problems.text]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onPreview();
  }
  function onFileChange(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (file) onFile(file);
  }

  return (
    <form className="import-form" onSubmit={onSubmit} noValidate>
      <div className="modal-body">
        {state.problems.top && (
          <p className="alert" role="alert">
            {state.problems.top}
          </p>
        )}
        <div className={textError ? "field field-invalid" : "field"}>
          <label htmlFor={`${id}-text`}>Statement text</label>
          <p className="field-hint" id={`${id}-text-hint`}>
            Paste the statement as published. Site navigation, share links and other clutter are left out; the next step shows exactly what.
          </p>
          <textarea
            ref={textArea}
            id={`${id}-text`}
            className="import-text"
            value={state.content}
            onChange={(e) => onContent(e.target.value)}
            rows={12}
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
          <div className={state.fileError ? "field field-invalid" : "field"}>
            <label htmlFor={`${id}-file`}>Upload a file</label>
            <p className="field-hint" id={`${id}-file-hint`}>
              A .txt, .md or .html file; its text replaces what is above.
            </p>
            <input
              id={`${id}-file`}
              type="file"
              accept={ACCEPTED_FILES}
              onChange={onFileChange}
              disabled={busy}
              aria-describedby={state.fileError ? `${id}-file-hint ${id}-file-error` : `${id}-file-hint`}
            />
            {state.fileError && (
              <p className="field-error" id={`${id}-file-error`}>
                {state.fileError}
              </p>
            )}
          </div>
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
