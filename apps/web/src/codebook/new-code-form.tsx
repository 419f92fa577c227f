import { useId, useState } from "react";
import type { Code, CodeType } from "../queries/codebook-query.ts";
import { codebookErrorMessage, existingCode } from "./codebook-errors.ts";
import { useCreateCode } from "./use-codebook-mutations.ts";

interface NewCodeFormProps {
  codes: readonly Code[];
  onCreated: (id: string) => void;
  onCancel: () => void;
}

/** Add a code: a type, a name, an optional parent and definition. An analyst's is new until a reviewer looks at it. */
export function NewCodeForm({ codes, onCreated, onCancel }: NewCodeFormProps) {
  const id = useId();
  const [type, setType] = useState<CodeType>("topic");
  const [name, setName] = useState("");
  const [definition, setDefinition] = useState("");
  const [parentId, setParentId] = useState("");
  const create = useCreateCode();
  const clash = existingCode(create.error);
  return (
    <form
      className="code-new"
      aria-label="New code"
      onSubmit={(e) => {
        e.preventDefault();
        if (!name.trim()) return;
        create.mutate(
          { type, name: name.trim(), definition: definition.trim() || null, parentId: parentId || null },
          { onSuccess: (code) => onCreated(code.id) },
        );
      }}
    >
      <div className="field">
        <label htmlFor={`${id}-type`}>Type</label>
        <select
          id={`${id}-type`}
          value={type}
          onChange={(e) => {
            setType(e.target.value as CodeType);
            setParentId("");
          }}
        >
          <option value="topic">Topic</option>
          <option value="label">Label</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-name`}>Name</label>
        <input id={`${id}-name`} value={name} maxLength={60} required autoFocus onChange={(e) => setName(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-parent`}>Under</label>
        <select id={`${id}-parent`} value={parentId} onChange={(e) => setParentId(e.target.value)}>
          <option value="">(top level)</option>
          {codes
            .filter((c) => c.type === type)
            .sort((a, b) => a.name.localeCompare(b.name))
            .map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
        </select>
      </div>
      <div className="field code-new-definition">
        <label htmlFor={`${id}-definition`}>Definition</label>
        <input id={`${id}-definition`} value={definition} maxLength={4000} onChange={(e) => setDefinition(e.target.value)} />
      </div>
      <div className="code-edit-actions">
        <button type="submit" className="button button-primary" disabled={create.isPending}>
          Add
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
      {create.isError && (
        <p className="field-error" role="alert">
          {clash ? (
            <>
              The {type} ‘{clash.name}’ already exists.{" "}
              <button type="button" className="button-link" onClick={() => onCreated(clash.id)}>
                Show it
              </button>
            </>
          ) : (
            codebookErrorMessage(create.error)
          )}
        </p>
      )}
    </form>
  );
}
