import { type ChangeEvent, useId, useMemo, useState } from "react";
import type { DelegationEntry } from "./delegations-query.ts";
import { isState } from "./registry-kinds.ts";
import { findState } from "./registry-relations.ts";

interface MemberPickerProps {
  items: readonly DelegationEntry[];
  /** Keys of the States chosen. */
  members: readonly string[];
  onChange: (members: string[]) => void;
  error?: string | undefined;
}

/** A choice picked from the datalist arrives as a plain event (or a replacement), not as typing. */
const isPick = (e: ChangeEvent<HTMLInputElement>) =>
  !(e.nativeEvent instanceof InputEvent) || e.nativeEvent.inputType === "insertReplacementText";

/**
 * A group's members, chosen from the registry's States: a text field whose datalist offers them by name (the browser
 * matches aliases and ISO codes in the labels too); Enter or "Add member" takes what is typed, by name, alias or code.
 */
export function MemberPicker({ items, members, onChange, error }: MemberPickerProps) {
  const id = useId();
  const [text, setText] = useState("");
  const [unknown, setUnknown] = useState<string | null>(null);
  const states = useMemo(() => items.filter(isState).sort((a, b) => a.name.localeCompare(b.name, "en")), [items]);
  const byKey = useMemo(() => new Map(items.map((e) => [e.key, e])), [items]);

  const take = (value: string): boolean => {
    const state = findState(items, value);
    if (!state) return false;
    if (!members.includes(state.key)) onChange([...members, state.key]);
    setText("");
    setUnknown(null);
    return true;
  };
  const add = () => {
    if (text.trim() === "") return;
    if (!take(text)) setUnknown(`No State in the registry is called ‘${text.trim()}’.`);
  };
  const message = unknown ?? error;

  return (
    <div className={message ? "field field-invalid registry-members" : "field registry-members"}>
      <label htmlFor={`${id}-input`}>Members</label>
      <p className="field-hint" id={`${id}-hint`}>
        States of the registry, by name, alias or ISO code.
      </p>
      <div className="chips-box">
        {members.length > 0 && (
          <ul className="chips" aria-label="Chosen members">
            {members.map((key) => {
              const name = byKey.get(key)?.name ?? key;
              return (
                <li key={key} className="chip">
                  {name}
                  <button
                    type="button"
                    className="chip-remove"
                    aria-label={`Remove ${name}`}
                    onClick={() => onChange(members.filter((k) => k !== key))}
                  >
                    ×
                  </button>
                </li>
              );
            })}
          </ul>
        )}
        <input
          id={`${id}-input`}
          list={`${id}-states`}
          value={text}
          autoComplete="off"
          aria-invalid={message ? true : undefined}
          aria-describedby={message ? `${id}-hint ${id}-error` : `${id}-hint`}
          onChange={(e) => {
            setText(e.target.value);
            setUnknown(null);
            if (isPick(e)) take(e.target.value);
          }}
          onKeyDown={(e) => {
            if (e.key !== "Enter") return;
            e.preventDefault();
            add();
          }}
        />
      </div>
      <datalist id={`${id}-states`}>
        {states.map((s) => (
          <option key={s.key} value={s.name} label={s.iso3 ?? s.key} />
        ))}
      </datalist>
      <div>
        <button type="button" className="button button-secondary" onClick={add}>
          Add member
        </button>
      </div>
      {message && (
        <p className="field-error" id={`${id}-error`} role="alert">
          {message}
        </p>
      )}
    </div>
  );
}
