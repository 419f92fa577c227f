import { useId } from "react";
import { Link } from "react-router";
import type { CreatedStatement } from "./import-state.ts";

interface CreatedStepProps {
  statements: readonly CreatedStatement[];
  /** Whether other files wait in the batch, to go back to them. */
  moreFiles: boolean;
  onBack: () => void;
  onClose: () => void;
}

/** The statements a record split made, each linked, with who spoke. */
export function CreatedStep({ statements, moreFiles, onBack, onClose }: CreatedStepProps) {
  const id = useId();
  const n = statements.length;
  return (
    <div className="import-form">
      <div className="modal-body">
        <section className="created-statements" aria-labelledby={`${id}-title`}>
          <h3 id={`${id}-title`} tabIndex={-1} ref={(el) => el?.focus()}>
            {n} {n === 1 ? "statement" : "statements"} imported
          </h3>
          <ul>
            {statements.map((statement) => (
              <li key={statement.slug}>
                <Link to={`/s/${encodeURIComponent(statement.slug)}`}>{statement.title}</Link>
                {(statement.speaker || statement.delegation) && (
                  <span className="import-note"> — {[statement.speaker, statement.delegation].filter(Boolean).join(", ")}</span>
                )}
              </li>
            ))}
          </ul>
        </section>
      </div>
      <footer className="modal-footer">
        <div className="modal-actions">
          {moreFiles && (
            <button type="button" className="button button-secondary" onClick={onBack}>
              Back to the files
            </button>
          )}
          <button type="button" className="button button-primary" onClick={onClose}>
            Done
          </button>
        </div>
      </footer>
    </div>
  );
}
