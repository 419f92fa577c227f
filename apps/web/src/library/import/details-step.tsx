import { useEffect, useId, useRef, type FormEvent, type ReactNode } from "react";
import { BlockPreview } from "./block-preview.tsx";
import type { ImportState } from "./import-state.ts";
import { MetadataForm } from "./metadata-form.tsx";
import type { MetadataField } from "./metadata-fields.ts";

interface DetailsStepProps {
  state: ImportState;
  onChange: (field: MetadataField, value: string) => void;
  onBack: () => void;
  onImport: () => void;
  progress: ReactNode;
}

/** Step 2: correct the metadata beside a preview of what the import creates; step 3 starts on submit. */
export function DetailsStep({ state, onChange, onBack, onImport, progress }: DetailsStepProps) {
  const id = useId();
  const busy = state.stage !== "idle";
  const hasParagraphs = state.preview?.paragraphs.some((b) => b.kind === "paragraph") ?? false;
  // The text is not on screen in this step, so a problem with it is shown at the top.
  const topProblem = state.problems.top ?? state.problems.text;
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
        <div className="import-details">
          <MetadataForm
            values={state.values}
            hints={state.hints}
            place={state.place}
            errors={state.problems.fields}
            onChange={onChange}
            disabled={busy}
          />
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
            {state.stage === "importing" || state.stage === "done" ? "Importing…" : "Import"}
          </button>
        </div>
      </footer>
    </form>
  );
}
