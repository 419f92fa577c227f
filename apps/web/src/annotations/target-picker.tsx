import { type KeyboardEvent, useId } from "react";
import { OptionList } from "./option-list.tsx";
import { describeTarget, targetOptions } from "./target-options.ts";
import { useDebouncedValue } from "../lib/use-debounced-value.ts";
import { useListbox } from "./use-listbox.ts";
import { type Instrument, useParagraphSearch } from "./use-vocabulary.ts";

interface TargetPickerProps {
  value: string;
  onChange: (value: string) => void;
  /** The statement being read: its own paragraphs are not offered. */
  excludeSlug: string;
  instruments: readonly Instrument[];
  error?: string | undefined;
  autoFocus?: boolean;
}

const NO_HITS: never[] = [];

/**
 * The cross-reference target: searches the instrument registry and other statements' paragraphs as you type,
 * and takes a typed UN document symbol, `slug#pN` or URL as it is. Enter takes the highlighted option.
 */
export function TargetPicker({ value, onChange, excludeSlug, instruments, error, autoFocus }: TargetPickerProps) {
  const id = useId();
  const search = useParagraphSearch(useDebouncedValue(value, 150), excludeSlug);
  const options = targetOptions(value, instruments, search.data ?? NO_HITS);
  const list = useListbox(options.length, { autoActivate: value.trim() !== "" });
  const choose = (index: number) => {
    const option = options[index];
    if (option) onChange(option.value);
    list.show(false);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    list.onKeyDown(e, choose);
  };
  const description = describeTarget(value, instruments);
  const describedBy = [`${id}-hint`, error ? `${id}-error` : null].filter(Boolean).join(" ");

  return (
    <div className={error ? "field target-field field-invalid" : "field target-field"}>
      <label htmlFor={id}>Target</label>
      <div className="combobox">
        <input
          id={id}
          type="text"
          autoComplete="off"
          spellCheck={false}
          placeholder="UNTOC, A/RES/74/247, a paragraph’s words, https://…"
          value={value}
          onChange={(e) => {
            onChange(e.target.value);
            list.show(true);
          }}
          onFocus={() => value.trim() === "" && list.show(true)}
          onBlur={() => list.show(false)}
          onKeyDown={onKeyDown}
          autoFocus={autoFocus}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          aria-busy={search.isFetching || undefined}
          {...list.inputProps}
        />
        <OptionList
          id={list.listboxId}
          options={options.map((o) => ({ key: `${o.group}:${o.value}`, label: o.label, detail: o.detail, group: o.group }))}
          open={list.open}
          active={list.active}
          optionId={list.optionId}
          onChoose={choose}
          onHover={list.setActive}
        />
      </div>
      <p className="field-hint" id={`${id}-hint`} aria-live="polite">
        {description || "An instrument, another statement’s paragraph, a UN document symbol or a web address."}
      </p>
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}
