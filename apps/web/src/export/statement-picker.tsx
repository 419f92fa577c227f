import { useId, useState } from "react";
import { useDebouncedValue } from "../lib/use-debounced-value.ts";
import { formatDate } from "@verbatim/core";
import { useStatements } from "../queries/use-statements.ts";
import type { StatementChoice } from "./export-selection.ts";

interface StatementPickerProps {
  chosen: readonly StatementChoice[];
  onChange: (chosen: StatementChoice[]) => void;
}

const SEARCH_DEBOUNCE_MS = 300;

/** The whole workspace, or the statements ticked here; the chosen ones stay listed above the search. */
export function StatementPicker({ chosen, onChange }: StatementPickerProps) {
  const id = useId();
  const [text, setText] = useState("");
  const q = useDebouncedValue(text.trim(), SEARCH_DEBOUNCE_MS);
  const statements = useStatements(q, "-date");
  const found = statements.data?.pages.flatMap((p) => p.items) ?? [];
  const isChosen = (slug: string) => chosen.some((c) => c.slug === slug);
  const toggle = (statement: StatementChoice, on: boolean) =>
    onChange(on ? [...chosen, statement] : chosen.filter((c) => c.slug !== statement.slug));

  return (
    <fieldset className="export-group export-statements">
      <legend>Statements</legend>
      <p className="field-hint">
        {chosen.length === 0 ? "Every statement in the workspace. Tick statements to export only those." : `${chosen.length} chosen.`}
      </p>
      {chosen.length > 0 && (
        <ul className="export-chosen" aria-label="Chosen statements">
          {chosen.map((c) => (
            <li key={c.slug} className="chip">
              <span>{c.title}</span>
              <button type="button" className="chip-remove" aria-label={`Remove ${c.title}`} onClick={() => toggle(c, false)}>
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <label htmlFor={`${id}-search`} className="visually-hidden">
        Find statements
      </label>
      <input
        id={`${id}-search`}
        type="search"
        value={text}
        placeholder="Find statements by title, delegation or forum"
        autoComplete="off"
        data-autofocus
        onChange={(e) => setText(e.target.value)}
      />
      <div className="export-statement-list" role="group" aria-label="Statements found" aria-busy={statements.isFetching}>
        {found.map((s) => (
          <label key={s.slug} className="export-statement">
            <input
              type="checkbox"
              checked={isChosen(s.slug)}
              onChange={(e) => toggle({ slug: s.slug, title: s.title }, e.target.checked)}
            />
            <span className="export-statement-title">{s.title}</span>
            <span className="export-statement-meta">{[s.delegation, s.date && formatDate(s.date)].filter(Boolean).join(" · ")}</span>
          </label>
        ))}
        {statements.isSuccess && found.length === 0 && <p className="field-hint">No statement matches “{q}”.</p>}
        {statements.hasNextPage && (
          <button type="button" className="button button-quiet" onClick={() => void statements.fetchNextPage()}>
            Show more statements
          </button>
        )}
      </div>
    </fieldset>
  );
}
