import { useId, type FormEvent, type ReactNode } from "react";
import type { ImportState } from "./import-state.ts";
import { RevisionSummary } from "./revision-summary.tsx";

interface RevisionStepProps {
  state: ImportState;
  onBack: () => void;
  onConfirm: () => void;
  progress: ReactNode;
}

/** The text as the next revision of the statement it repeats: what it changes, confirmed before anything is stored. */
export function RevisionStep({ state, onBack, onConfirm, progress }: RevisionStepProps) {
  const headingId = useId();
  const { revision, choice } = state;
  if (!revision || choice?.kind !== "revision") return null;
  const busy = state.stage !== "idle";
  const problem = state.problems.top ?? state.problems.text;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onConfirm();
  }

  return (
    <form className="import-form" onSubmit={onSubmit} noValidate>
      <div className="modal-body">
        {problem && (
          <p className="alert" role="alert">
            {problem}
          </p>
        )}
        <section className="revision-confirm" aria-labelledby={headingId}>
          <h3 id={headingId}>
            Revision {revision.number} of {choice.duplicate.statement.title}
          </h3>
          {state.note.trim() && <p className="import-note">Note: {state.note.trim()}</p>}
          <RevisionSummary changes={revision.changes} anchoring={revision.anchoring} />
          <p className="import-note">Earlier revisions stay readable; the statement keeps its title, details and slug.</p>
        </section>
      </div>
      <footer className="modal-footer">
        {progress}
        <div className="modal-actions">
          <button type="button" className="button button-secondary" onClick={onBack} disabled={busy}>
            Back
          </button>
          <button type="submit" className="button button-primary" disabled={busy}>
            {state.stage === "importing" || state.stage === "done" ? "Adding…" : `Add revision ${revision.number}`}
          </button>
        </div>
      </footer>
    </form>
  );
}
