import { useState } from "react";
import type { Code } from "../queries/codebook-query.ts";
import { existingCode } from "./codebook-errors.ts";
import { useUpdateCode } from "./use-codebook-mutations.ts";

interface RenameFormProps {
  code: Code;
  onDone: () => void;
  /** A clash with another code's name: offer to merge into it instead. */
  onMergeInto: (existing: { id: string; name: string }) => void;
}

/** The name as a field in place: Enter renames (every annotation follows), Escape leaves it as it was. */
export function RenameForm({ code, onDone, onMergeInto }: RenameFormProps) {
  const [name, setName] = useState(code.name);
  const update = useUpdateCode(["code_exists"]);
  const clash = existingCode(update.error);
  const save = () => {
    const next = name.trim();
    if (!next || next === code.name) return onDone();
    update.mutate({ code, changes: { name: next } }, { onSuccess: onDone });
  };
  return (
    <form
      className="code-rename"
      aria-label={`Rename ${code.name}`}
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <label className="visually-hidden" htmlFor={`rename-${code.id}`}>
        New name
      </label>
      <input
        id={`rename-${code.id}`}
        value={name}
        maxLength={60}
        autoFocus
        onChange={(e) => {
          setName(e.target.value);
          update.reset();
        }}
        onKeyDown={(e) => {
          if (e.key === "Escape") {
            e.preventDefault();
            e.stopPropagation();
            onDone();
          }
        }}
      />
      <button type="submit" className="button button-primary" disabled={update.isPending}>
        Rename
      </button>
      <button type="button" className="button button-secondary" onClick={onDone}>
        Cancel
      </button>
      {clash && (
        <p className="field-error code-clash" role="alert">
          The {code.type} ‘{clash.name}’ already has this name.{" "}
          <button type="button" className="button button-secondary" onClick={() => onMergeInto(clash)}>
            Merge into ‘{clash.name}’
          </button>
        </p>
      )}
    </form>
  );
}
