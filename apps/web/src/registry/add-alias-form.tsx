import { useId, useState } from "react";
import { Link } from "react-router";
import type { DelegationEntry } from "./delegations-query.ts";
import { clashingEntry, registryErrorMessage } from "./registry-errors.ts";
import { useAddDelegation } from "./use-add-delegation.ts";

interface AddAliasFormProps {
  entry: DelegationEntry;
  hrefFor: (key: string) => string;
}

/** Another spelling for an entry (a built-in one too): statements written with it are then normalised to the entry. */
export function AddAliasForm({ entry, hrefFor }: AddAliasFormProps) {
  const id = useId();
  const [alias, setAlias] = useState("");
  const [added, setAdded] = useState<string | null>(null);
  const add = useAddDelegation();
  const clash = clashingEntry(add.error);
  return (
    <form
      className="registry-alias-form"
      aria-label={`Add an alias to ${entry.name}`}
      onSubmit={(e) => {
        e.preventDefault();
        const text = alias.trim();
        if (!text) return;
        setAdded(null);
        add.mutate(
          { extends: entry.key, aliases: [text] },
          {
            onSuccess: () => {
              setAdded(text);
              setAlias("");
            },
          },
        );
      }}
    >
      <div className="field">
        <label htmlFor={`${id}-alias`}>New alias</label>
        <input
          id={`${id}-alias`}
          value={alias}
          maxLength={120}
          required
          aria-invalid={add.isError ? true : undefined}
          aria-describedby={add.isError ? `${id}-error` : undefined}
          onChange={(e) => setAlias(e.target.value)}
        />
      </div>
      <button type="submit" className="button button-secondary" disabled={add.isPending}>
        Add alias
      </button>
      {add.isError && (
        <p className="field-error" id={`${id}-error`} role="alert">
          {registryErrorMessage(add.error)}
          {clash && clash.key !== entry.key && (
            <>
              {" "}
              <Link to={hrefFor(clash.key)}>Show {clash.name}</Link>
            </>
          )}
        </p>
      )}
      {added && (
        <p className="field-hint" role="status">
          Added the alias ‘{added}’.
        </p>
      )}
    </form>
  );
}
