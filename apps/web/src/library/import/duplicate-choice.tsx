import type { ImportDuplicate } from "@verbatim/contract";
import { useId } from "react";
import { matchSentence, optionDetail } from "./duplicate-text.ts";
import type { ImportChoice } from "./import-state.ts";

interface DuplicateChoiceProps {
  duplicates: readonly ImportDuplicate[];
  choice: ImportChoice | null;
  onChoose: (choice: ImportChoice) => void;
  error: string | null;
  disabled: boolean;
}

/**
 * Shown when the text repeats statements already in the library: add it as the next revision of one of them (its
 * annotations follow their words), or import it as a separate statement. Nothing is chosen for the analyst.
 */
export function DuplicateChoice({ duplicates, choice, onChoose, error, disabled }: DuplicateChoiceProps) {
  const id = useId();
  const several = duplicates.length > 1;
  const errorId = `${id}-error`;
  const common = { type: "radio", name: `${id}-choice`, disabled, "aria-invalid": error ? true : undefined } as const;
  return (
    <fieldset className="duplicate-choice" aria-describedby={error ? errorId : undefined}>
      <legend>{matchSentence(duplicates)}</legend>
      {duplicates.map((duplicate, k) => {
        const detailId = `${id}-${duplicate.statement.id}`;
        return (
          <div key={duplicate.statement.id} className="duplicate-option">
            <label>
              <input
                {...common}
                checked={choice?.kind === "revision" && choice.duplicate.statement.id === duplicate.statement.id}
                onChange={() => onChoose({ kind: "revision", duplicate })}
                aria-describedby={several ? detailId : undefined}
                autoFocus={k === 0}
              />
              Add as a new revision of {duplicate.statement.title}
            </label>
            {several && (
              <p className="field-hint" id={detailId}>
                {optionDetail(duplicate)}
              </p>
            )}
          </div>
        );
      })}
      <div className="duplicate-option">
        <label>
          <input {...common} checked={choice?.kind === "separate"} onChange={() => onChoose({ kind: "separate" })} />
          Import as a separate statement
        </label>
      </div>
      {error && (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      )}
    </fieldset>
  );
}
