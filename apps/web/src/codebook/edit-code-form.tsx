import { useId, useState } from "react";
import type { Code } from "../queries/codebook-query.ts";
import { descendantIds } from "./code-tree.ts";
import { type UpdateChanges, useUpdateCode } from "./use-codebook-mutations.ts";

interface EditCodeFormProps {
  code: Code;
  /** Every code of the workspace, for the parent choice. */
  codes: readonly Code[];
  onDone: () => void;
}

const orNull = (text: string) => text.trim() || null;

/** Definition, when to use and when not to, colour and parent; only what changed is sent. */
export function EditCodeForm({ code, codes, onDone }: EditCodeFormProps) {
  const id = useId();
  const [definition, setDefinition] = useState(code.definition ?? "");
  const [use, setUse] = useState(code.guidance.use ?? "");
  const [avoid, setAvoid] = useState(code.guidance.avoid ?? "");
  const [colour, setColour] = useState(code.colour);
  const [parentId, setParentId] = useState(code.parentId ?? "");
  const update = useUpdateCode();
  const below = descendantIds(codes, code.id);
  const parents = codes
    .filter((c) => c.type === code.type && c.id !== code.id && !below.has(c.id))
    .sort((a, b) => a.name.localeCompare(b.name));

  const save = () => {
    const changes: UpdateChanges = {};
    if (orNull(definition) !== code.definition) changes.definition = orNull(definition);
    if (orNull(use) !== code.guidance.use || orNull(avoid) !== code.guidance.avoid) {
      changes.guidance = { use: orNull(use), avoid: orNull(avoid) };
    }
    if (colour !== code.colour) changes.colour = colour;
    if ((parentId || null) !== code.parentId) changes.parentId = parentId || null;
    if (Object.keys(changes).length === 0) return onDone();
    update.mutate({ code, changes, verb: "Edited" }, { onSuccess: onDone });
  };

  return (
    <form
      className="code-edit"
      aria-label={`Edit ${code.name}`}
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <div className="field">
        <label htmlFor={`${id}-definition`}>Definition</label>
        <textarea id={`${id}-definition`} rows={3} maxLength={4000} value={definition} onChange={(e) => setDefinition(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-use`}>When to use</label>
        <textarea id={`${id}-use`} rows={2} maxLength={4000} value={use} onChange={(e) => setUse(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-avoid`}>When not to use</label>
        <textarea id={`${id}-avoid`} rows={2} maxLength={4000} value={avoid} onChange={(e) => setAvoid(e.target.value)} />
      </div>
      <div className="code-edit-row">
        <div className="field">
          <label htmlFor={`${id}-colour`}>Colour</label>
          <input id={`${id}-colour`} type="color" value={colour ?? "#808080"} onChange={(e) => setColour(e.target.value.toLowerCase())} />
          {colour && (
            <button type="button" className="button button-quiet" onClick={() => setColour(null)}>
              No colour
            </button>
          )}
        </div>
        <div className="field">
          <label htmlFor={`${id}-parent`}>Under</label>
          <select id={`${id}-parent`} value={parentId} onChange={(e) => setParentId(e.target.value)}>
            <option value="">(top level)</option>
            {parents.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="code-edit-actions">
        <button type="submit" className="button button-primary" disabled={update.isPending}>
          Save
        </button>
        <button type="button" className="button button-secondary" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
