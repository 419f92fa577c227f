import { type ChangeEvent, type KeyboardEvent, useId } from "react";
import { addChips, removeChip } from "./chip-list.ts";
import { suggestLabels } from "./label-vocabulary.ts";
import { OptionList } from "./option-list.tsx";
import { useListbox } from "./use-listbox.ts";

interface ChipsInputProps {
  label: string;
  /** What one chip is, for the remove buttons: "Remove label cybercrime". */
  itemName: string;
  values: readonly string[];
  draft: string;
  onValuesChange: (values: string[]) => void;
  onDraftChange: (draft: string) => void;
  suggestions: readonly string[];
  /** Names the server matched to the draft (close spellings), offered after those that start with or contain it. */
  matched?: readonly string[];
  /** The codebook's definition of a suggestion, shown under it. */
  definitionOf?: (name: string) => string | null;
  /**
   * An existing code that the draft names but for case, spaces or punctuation: offered ("Use the existing topic
   * ‘cybercrime’"), and taken instead of the draft when it is added.
   */
  existing?: string | null;
  hint?: string;
  error?: string | undefined;
}

const MAX_SUGGESTIONS = 8;

/** Chips with autocomplete: Enter or a comma adds what is typed (or the highlighted suggestion); Backspace removes. */
export function ChipsInput({
  label,
  itemName,
  values,
  draft,
  onValuesChange,
  onDraftChange,
  suggestions,
  matched = [],
  definitionOf,
  existing = null,
  hint,
  error,
}: ChipsInputProps) {
  const id = useId();
  const matches = withMatched(suggestLabels(suggestions, draft, values, MAX_SUGGESTIONS), matched, values);
  const list = useListbox(matches.length);
  const taken = (text: string) => (existing && text.trim() === draft.trim() ? existing : text);
  const commit = (text: string) => {
    onValuesChange(addChips(values, taken(text), suggestions));
    onDraftChange("");
    list.show(false);
  };

  const onChange = (e: ChangeEvent<HTMLInputElement>) => {
    const text = e.target.value;
    if (text.includes(",")) {
      const pieces = text.split(",");
      const rest = pieces.pop() ?? "";
      onValuesChange(addChips(values, pieces.join(","), suggestions));
      onDraftChange(rest.trimStart());
    } else {
      onDraftChange(text);
    }
    list.show(text.trim() !== "");
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (list.onKeyDown(e, (i) => commit(matches[i] ?? ""))) return;
    if (e.key === "Enter" && draft.trim() !== "") {
      e.preventDefault();
      commit(draft);
    } else if (e.key === "Backspace" && draft === "" && values.length > 0) {
      e.preventDefault();
      onValuesChange(values.slice(0, -1));
    }
  };

  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={error ? "field chips-field field-invalid" : "field chips-field"}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <div className="chips-box">
        {values.length > 0 && (
          <ul className="chips">
            {values.map((value) => (
              <li key={value} className="chip">
                <span>{value}</span>
                <button
                  type="button"
                  className="chip-remove"
                  aria-label={`Remove ${itemName} ${value}`}
                  onClick={() => onValuesChange(removeChip(values, value))}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
        <div className="combobox">
          <input
            id={id}
            type="text"
            autoComplete="off"
            value={draft}
            onChange={onChange}
            onKeyDown={onKeyDown}
            onBlur={(e) => {
              list.show(false);
              // A press on Save sends the draft with the form; turning it into a chip now could wrap the box and
              // move the button out from under the pointer before the click completes.
              if (draft.trim() && !isSubmitButton(e.relatedTarget)) commit(draft);
            }}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy}
            {...list.inputProps}
          />
          <OptionList
            id={list.listboxId}
            options={matches.map((m) => ({ key: m, label: m, detail: definitionOf?.(m) ?? undefined }))}
            open={list.open}
            active={list.active}
            optionId={list.optionId}
            onChoose={(i) => {
              commit(matches[i] ?? "");
              list.show(false);
            }}
            onHover={list.setActive}
          />
        </div>
      </div>
      <p className="field-hint chips-existing" aria-live="polite">
        {existing && (
          <button type="button" className="chips-existing-button" onMouseDown={(e) => e.preventDefault()} onClick={() => commit(existing)}>
            Use the existing {itemName} ‘{existing}’
          </button>
        )}
      </p>
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}

/** The local matches, then the server's that are not among them or already chosen, at most MAX_SUGGESTIONS. */
function withMatched(local: readonly string[], matched: readonly string[], chosen: readonly string[]): string[] {
  const seen = new Set([...local, ...chosen].map((n) => n.toLocaleLowerCase()));
  const more = matched.filter((n) => !seen.has(n.toLocaleLowerCase()));
  return [...local, ...more].slice(0, MAX_SUGGESTIONS);
}

const isSubmitButton = (el: EventTarget | null): boolean => el instanceof HTMLButtonElement && el.type === "submit";
