import type { Annotation } from "@verbatim/contract";
import { quoted } from "@verbatim/core";
import { useId, useMemo, useState } from "react";
import { Modal } from "../components/modal.tsx";
import { AnnotationDetails } from "./annotation-details.tsx";
import {
  type Choice,
  type FieldConflict,
  type FieldValues,
  type MergeField,
  canTakeBoth,
  compareVersions,
  defaultChoices,
  mergedChanges,
} from "./conflict-merge.ts";
import type { Notice } from "./notice-store.ts";
import type { AnnotationChanges } from "./optimistic-annotation.ts";
import { KIND_LABELS, labelFor } from "../lib/taxonomy-labels.ts";
import { useInstruments } from "./use-vocabulary.ts";

interface ConflictDialogProps {
  notice: Extract<Notice, { type: "conflict" }>;
  onCancel: () => void;
  /** The update to send on top of their version; null keeps theirs as it is. */
  onResolve: (changes: AnnotationChanges | null) => void;
}

const FIELD_NAMES: Record<MergeField, string> = { tag: "Tag", labels: "Labels", note: "Note" };
const STATE_TEXT = {
  mine: "Only you changed this.",
  theirs: "Only they changed this.",
  same: "You both changed this the same way.",
  both: "You both changed this, differently: choose one.",
} as const;

/** Your refused edit beside their saved version, field by field, to keep either or merge the two. */
export function ConflictDialog({ notice, onCancel, onResolve }: ConflictDialogProps) {
  const titleId = useId();
  const { base, changes, current } = notice;
  const fields = useMemo(() => compareVersions(base, changes, current).filter((f) => f.state !== "unchanged"), [base, changes, current]);
  const [choices, setChoices] = useState(() => defaultChoices(fields));
  const choose = (field: MergeField, choice: Choice) => setChoices((c) => ({ ...c, [field]: choice }));

  return (
    <Modal labelledBy={titleId} onClose={onCancel} className="conflict-dialog">
      <header className="modal-header">
        <h2 id={titleId}>Merge your edit with theirs</h2>
        <button type="button" className="modal-close" onClick={onCancel} aria-label="Close">
          <span aria-hidden="true">×</span>
        </button>
      </header>
      <div className="modal-body">
        <p className="conflict-quote">{quoted(notice.current.quote.exact)}</p>
        {fields.length === 0 ? (
          <p>Your edit and theirs are the same: there is nothing to merge.</p>
        ) : (
          fields.map((f) => <FieldChoice key={f.field} field={f} current={notice.current} choice={choices[f.field]} onChoose={choose} />)
        )}
      </div>
      <footer className="modal-footer">
        <div className="modal-actions">
          <button type="button" className="button button-secondary" onClick={onCancel}>
            Cancel
          </button>
          <button type="button" className="button button-primary" onClick={() => onResolve(mergedChanges(fields, choices))}>
            Save merged version
          </button>
        </div>
      </footer>
    </Modal>
  );
}

interface FieldChoiceProps {
  field: FieldConflict;
  current: Annotation;
  choice: Choice;
  onChoose: (field: MergeField, choice: Choice) => void;
}

function FieldChoice({ field, current, choice, onChoose }: FieldChoiceProps) {
  const name = useId();
  const options: [Choice, string, unknown][] = [
    ["mine", "Yours", field.mine],
    ["theirs", "Theirs", field.theirs],
  ];
  if (canTakeBoth(field)) options.push(["both", "Both: theirs and yours", null]);
  return (
    <fieldset className={`conflict-field conflict-${field.state}`}>
      <legend>{FIELD_NAMES[field.field]}</legend>
      <p className="conflict-state">{STATE_TEXT[field.state as keyof typeof STATE_TEXT]}</p>
      <div className="conflict-options">
        {options.map(([value, label, shown]) => (
          <label key={value} className="conflict-option">
            <input type="radio" name={name} value={value} checked={choice === value} onChange={() => onChoose(field.field, value)} />
            <span className="conflict-option-label">{label}</span>
            {value !== "both" && <FieldValue field={field.field} value={shown} current={current} />}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function FieldValue({ field, value, current }: { field: MergeField; value: unknown; current: Annotation }) {
  const instruments = useInstruments();
  if (field === "tag") {
    const tag = value as FieldValues["tag"];
    return (
      <span className="conflict-value">
        <span className={`kind-badge kind-${tag.kind}`}>{labelFor(KIND_LABELS, tag.kind)}</span>
        <AnnotationDetails annotation={{ ...current, ...tag }} instruments={instruments.data ?? []} />
      </span>
    );
  }
  if (field === "labels") {
    const labels = value as string[];
    return <span className="conflict-value">{labels.length ? labels.join(", ") : "No labels"}</span>;
  }
  const note = value as FieldValues["note"];
  return <span className="conflict-value">{note.text ?? "No note"}</span>;
}
