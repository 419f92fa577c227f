import { useId, useState } from "react";
import { OptionList } from "../annotations/option-list.tsx";
import { useListbox } from "../annotations/use-listbox.ts";
import type { Code } from "../queries/codebook-query.ts";
import { codeMatches } from "./code-tree.ts";

interface CodePickerProps {
  label: string;
  /** The codes on offer (already of the right type); deprecated ones are offered last. */
  codes: readonly Code[];
  /** Codes not to offer (the code itself, those already chosen). */
  exclude?: ReadonlySet<string>;
  onChoose: (code: Code) => void;
  hint?: string;
}

const LIMIT = 8;

/** A searchable picker of codes: type part of a name or definition, choose with the arrows and Enter, or click. */
export function CodePicker({ label, codes, exclude, onChoose, hint }: CodePickerProps) {
  const id = useId();
  const [text, setText] = useState("");
  const matches = codes
    .filter((c) => !exclude?.has(c.id) && codeMatches(c, text))
    .sort(
      (a, b) => Number(a.status === "deprecated") - Number(b.status === "deprecated") || b.uses - a.uses || a.name.localeCompare(b.name),
    )
    .slice(0, LIMIT);
  const list = useListbox(matches.length, { autoActivate: true });
  const choose = (index: number) => {
    const code = matches[index];
    if (!code) return;
    onChoose(code);
    setText("");
    list.show(false);
  };
  return (
    <div className="field code-picker">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <div className="combobox">
        <input
          id={id}
          type="text"
          autoComplete="off"
          value={text}
          aria-describedby={hint ? `${id}-hint` : undefined}
          onChange={(e) => {
            setText(e.target.value);
            list.show(true);
          }}
          onFocus={() => list.show(true)}
          onBlur={() => list.show(false)}
          onKeyDown={(e) => {
            list.onKeyDown(e, choose);
          }}
          {...list.inputProps}
        />
        <OptionList
          id={list.listboxId}
          options={matches.map((c) => ({
            key: c.id,
            label: c.status === "deprecated" ? `${c.name} (deprecated)` : c.name,
            detail: c.definition ?? undefined,
          }))}
          open={list.open}
          active={list.active}
          optionId={list.optionId}
          onChoose={choose}
          onHover={list.setActive}
        />
      </div>
    </div>
  );
}
