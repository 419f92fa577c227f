import { useId, useRef, useState } from "react";
import { Link } from "react-router";
import { SelectField } from "../components/select-field.tsx";
import { TextField } from "../components/text-field.tsx";
import { fieldErrorsFromApi, focusFirstInvalid, type FieldErrors } from "../lib/field-errors.ts";
import type { DelegationEntry } from "./delegations-query.ts";
import { ENTRY_FIELDS, ENTRY_MESSAGES, entryBody, type EntryField } from "./entry-form-values.ts";
import { MemberPicker } from "./member-picker.tsx";
import { clashingEntry, registryErrorMessage } from "./registry-errors.ts";
import { type DelegationKind, hasMembers, KINDS, kindLabel } from "./registry-kinds.ts";
import { useAddDelegation } from "./use-add-delegation.ts";

interface AddEntryFormProps {
  items: readonly DelegationEntry[];
  hrefFor: (key: string) => string;
  onAdded: (key: string) => void;
  onCancel: () => void;
}

const KIND_OPTIONS = KINDS.map((kind) => ({ value: kind, label: kindLabel(kind) }));

/** A new entry of the workspace's own: most often a group (its member States chosen from the registry). */
export function AddEntryForm({ items, hrefFor, onAdded, onCancel }: AddEntryFormProps) {
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [name, setName] = useState("");
  const [kind, setKind] = useState<DelegationKind>("group");
  const [key, setKey] = useState("");
  const [iso2, setIso2] = useState("");
  const [iso3, setIso3] = useState("");
  const [aliases, setAliases] = useState("");
  const [members, setMembers] = useState<string[]>([]);
  const [errors, setErrors] = useState<FieldErrors<EntryField>>({});
  const add = useAddDelegation();
  const clash = clashingEntry(add.error);

  return (
    <form
      ref={formRef}
      className="registry-new"
      aria-label="Add an entry"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const checked = entryBody({ name, kind, key, iso2, iso3, aliases, members });
        if (!checked.ok) {
          setErrors(checked.errors);
          focusFirstInvalid(formRef.current, ENTRY_FIELDS, checked.errors);
          return;
        }
        setErrors({});
        add.mutate(checked.body, {
          onSuccess: (entry) => onAdded(entry.key),
          onError: (error) => setErrors(fieldErrorsFromApi(error, ENTRY_MESSAGES)),
        });
      }}
    >
      <div className="registry-new-row">
        <TextField
          name="name"
          label="Name"
          value={name}
          maxLength={120}
          autoFocus
          error={errors.name}
          onChange={(e) => setName(e.target.value)}
        />
        <SelectField label="Kind" value={kind} options={KIND_OPTIONS} onChange={setKind} />
      </div>
      <div className="registry-new-row">
        <TextField
          name="key"
          label="Key (optional)"
          hint="Left empty, made from the name."
          value={key}
          maxLength={40}
          spellCheck={false}
          error={errors.key}
          onChange={(e) => setKey(e.target.value)}
        />
        <TextField
          name="iso2"
          label="ISO alpha-2"
          hint="Optional."
          value={iso2}
          maxLength={2}
          spellCheck={false}
          error={errors.iso2}
          onChange={(e) => setIso2(e.target.value)}
        />
        <TextField
          name="iso3"
          label="ISO alpha-3"
          hint="Optional."
          value={iso3}
          maxLength={3}
          spellCheck={false}
          error={errors.iso3}
          onChange={(e) => setIso3(e.target.value)}
        />
      </div>
      <div className={errors.aliases ? "field field-invalid" : "field"}>
        <label htmlFor={`${id}-aliases`}>Aliases</label>
        <p className="field-hint" id={`${id}-aliases-hint`}>
          Other spellings, one a line.
        </p>
        <textarea
          id={`${id}-aliases`}
          name="aliases"
          rows={3}
          value={aliases}
          aria-invalid={errors.aliases ? true : undefined}
          aria-describedby={errors.aliases ? `${id}-aliases-hint ${id}-aliases-error` : `${id}-aliases-hint`}
          onChange={(e) => setAliases(e.target.value)}
        />
        {errors.aliases && (
          <p className="field-error" id={`${id}-aliases-error`}>
            {errors.aliases}
          </p>
        )}
      </div>
      {hasMembers(kind) && <MemberPicker items={items} members={members} onChange={setMembers} error={errors.members} />}
      <div className="code-edit-actions">
        <button type="submit" className="button button-primary" disabled={add.isPending}>
          Save entry
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
      {add.isError && (
        <p className="field-error" role="alert">
          {registryErrorMessage(add.error)}
          {clash && (
            <>
              {" "}
              <Link to={hrefFor(clash.key)}>Show {clash.name}</Link>
            </>
          )}
        </p>
      )}
    </form>
  );
}
