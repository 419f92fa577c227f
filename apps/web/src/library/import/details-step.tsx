import { useEffect, useId, useRef, type FormEvent, type ReactNode } from "react";
import { TextField } from "../../components/text-field.tsx";
import { BlockPreview } from "./block-preview.tsx";
import { DuplicateChoice } from "./duplicate-choice.tsx";
import type { ImportChoice, ImportState } from "./import-state.ts";
import { MetadataForm } from "./metadata-form.tsx";
import type { MetadataField } from "./metadata-fields.ts";

interface DetailsStepProps {
  state: ImportState;
  onChange: (field: MetadataField, value: string) => void;
  onBack: () => void;
  onImport: () => void;
  onChoose: (choice: ImportChoice) => void;
  onNote: (note: string) => void;
  progress: ReactNode;
}

/**
 * Step 2: correct the metadata beside a preview of what the import creates; step 3 starts on submit. A text that
 * repeats a statement first asks whether it is that statement's next revision (which keeps its details, so the form
 * gives way to the revision's note) or a separate statement.
 */
export function DetailsStep({ state, onChange, onBack, onImport, onChoose, onNote, progress }: DetailsStepProps) {
  const id = useId();
  const busy = state.stage !== "idle";
  const hasParagraphs = state.preview?.paragraphs.some((b) => b.kind === "paragraph") ?? false;
  // The text is not on screen in this step, so a problem with it is shown at the top.
  const topProblem = state.problems.top ?? state.problems.text;
  const duplicates = state.preview?.duplicates ?? [];
  const asRevision = state.choice?.kind === "revision";
  const form = useRef<HTMLFormElement>(null);

  // Keyboard and screen-reader users land on the first field to fix, which names its problem.
  useEffect(() => {
    form.current?.querySelector<HTMLElement>("[aria-invalid='true']")?.focus();
  }, [state.failures]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onImport();
  }

  return (
    <form ref={form} className="import-form" onSubmit={onSubmit} noValidate>
      <div className="modal-body">
        {topProblem && (
          <p className="alert" role="alert">
            {topProblem}
          </p>
        )}
        {duplicates.length > 0 && (
          <DuplicateChoice
            duplicates={duplicates}
            choice={state.choice}
            onChoose={onChoose}
            error={state.problems.choice ?? null}
            disabled={busy}
          />
        )}
        <div className="import-details">
          {asRevision ? (
            <div className="revision-note">
              <TextField
                name="note"
                label="Revision note"
                hint="Optional: what this text is, such as Corr.1 or “as delivered”."
                value={state.note}
                maxLength={500}
                readOnly={busy}
                onChange={(event) => onNote(event.target.value)}
              />
            </div>
          ) : (
            <MetadataForm
              values={state.values}
              hints={state.hints}
              place={state.place}
              errors={state.problems.fields}
              onChange={onChange}
              disabled={busy}
              focusTitle={duplicates.length === 0}
            />
          )}
          {state.preview && <BlockPreview preview={state.preview} headingId={`${id}-preview`} />}
        </div>
      </div>
      <footer className="modal-footer">
        {progress}
        <div className="modal-actions">
          <button type="button" className="button button-secondary" onClick={onBack} disabled={busy}>
            Back
          </button>
          <button type="submit" className="button button-primary" disabled={busy || !hasParagraphs}>
            {asRevision ? "Preview the revision" : state.stage === "importing" || state.stage === "done" ? "Importing…" : "Import"}
          </button>
        </div>
      </footer>
    </form>
  );
}
