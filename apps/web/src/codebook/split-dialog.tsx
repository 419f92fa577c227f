import { quoted } from "@verbatim/core";
import { useId, useState } from "react";
import { Modal } from "../components/modal.tsx";
import type { Code } from "../queries/codebook-query.ts";
import { CodePicker } from "./code-picker.tsx";
import { useCodeAnnotations } from "./use-code-annotations.ts";
import { useSplitCode } from "./use-codebook-mutations.ts";

interface SplitDialogProps {
  code: Code;
  /** Codes of the same type it may move annotations to. */
  codes: readonly Code[];
  onClose: () => void;
}

/** The preview's most: a split picks among the code's first 50 annotations. */
const LISTED = 50;

/** Split a code: tick the annotations to move, and move them to an existing code or a new one. */
export function SplitDialog({ code, codes, onClose }: SplitDialogProps) {
  const titleId = useId();
  const annotations = useCodeAnnotations(code, LISTED);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [into, setInto] = useState<Code | null>(null);
  const [newName, setNewName] = useState("");
  const split = useSplitCode();
  const target = into ? { id: into.id } : newName.trim() ? { name: newName.trim() } : null;
  const toggle = (id: string, on: boolean) =>
    setChosen((s) => {
      const next = new Set(s);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  return (
    <Modal labelledBy={titleId} onClose={onClose} className="code-split-dialog">
      <header className="modal-header">
        <h2 id={titleId}>Split ‘{code.name}’</h2>
        <button type="button" className="modal-close" onClick={onClose} aria-label="Close">
          <span aria-hidden="true">×</span>
        </button>
      </header>
      <div className="code-split-body">
        <fieldset className="code-split-list">
          <legend>Annotations to move</legend>
          {annotations.isPending && <p>Loading annotations…</p>}
          {annotations.isError && <p className="field-error">The annotations could not be loaded.</p>}
          {annotations.data && annotations.data.count > LISTED && (
            <p className="field-hint">
              The first {LISTED} of {annotations.data.count}.
            </p>
          )}
          {annotations.data?.items.map((a) => (
            <label key={a.id} className="code-split-item">
              <input type="checkbox" checked={chosen.has(a.id)} onChange={(e) => toggle(a.id, e.target.checked)} />
              <span>
                {quoted(a.quote.exact)} <span className="code-none">{a.citation}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <div className="code-split-into">
          {into ? (
            <p>
              Into ‘{into.name}’{" "}
              <button type="button" className="button button-quiet" onClick={() => setInto(null)}>
                Change
              </button>
            </p>
          ) : (
            <>
              <CodePicker label={`Into an existing ${code.type}`} codes={codes} exclude={new Set([code.id])} onChoose={setInto} />
              <div className="field">
                <label htmlFor={`${titleId}-new`}>Or a new {code.type}</label>
                <input id={`${titleId}-new`} value={newName} maxLength={60} onChange={(e) => setNewName(e.target.value)} />
              </div>
            </>
          )}
        </div>
      </div>
      <footer className="modal-footer">
        <div className="modal-actions">
          <button type="button" className="button button-secondary" onClick={onClose}>
            Cancel
          </button>
          <button
            type="button"
            className="button button-primary"
            disabled={chosen.size === 0 || !target || split.isPending}
            onClick={() => {
              if (target) split.mutate({ code, body: { annotations: [...chosen], into: target } }, { onSuccess: onClose });
            }}
          >
            Move {chosen.size} {chosen.size === 1 ? "annotation" : "annotations"}
          </button>
        </div>
      </footer>
    </Modal>
  );
}
