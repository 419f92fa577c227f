import { ANALYSIS_DIMENSIONS, type AnalysisDimension } from "@verbatim/contract";
import { useQuery } from "@tanstack/react-query";
import { useId, useState, type FormEvent } from "react";
import { dimensionValuesQuery } from "./analysis-query.ts";
import type { AnalysisState, FilterKey } from "./analysis-url.ts";
import { DIMENSION_LABELS, valueLabel } from "./dimension-labels.ts";

interface AddFilterProps {
  state: Pick<AnalysisState, "filters" | "all">;
  onAdd: (key: FilterKey, value: string) => void;
}

/** Choose a dimension, then one of its values under the other filters (with its count), and add it as a filter. */
export function AddFilter({ state, onAdd }: AddFilterProps) {
  const id = useId();
  const [dimension, setDimension] = useState<AnalysisDimension>("topic");
  const [value, setValue] = useState("");
  const values = useQuery(dimensionValuesQuery(dimension, state));
  const chosen = state.filters[dimension] ?? [];
  const options = (values.data?.rows ?? []).filter((r) => !chosen.includes(r.key));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (value === "") return;
    onAdd(dimension, value);
    setValue("");
  };
  return (
    <form className="analysis-add-filter" onSubmit={submit} aria-label="Add a filter">
      <div className="field">
        <label htmlFor={`${id}-dim`}>Filter by</label>
        <select
          id={`${id}-dim`}
          value={dimension}
          onChange={(e) => {
            setDimension(e.currentTarget.value as AnalysisDimension);
            setValue("");
          }}
        >
          {ANALYSIS_DIMENSIONS.map((d) => (
            <option key={d} value={d}>
              {DIMENSION_LABELS[d]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-value`}>Value</label>
        <select id={`${id}-value`} value={value} onChange={(e) => setValue(e.currentTarget.value)} disabled={options.length === 0}>
          <option value="">{values.isPending ? "Loading…" : options.length === 0 ? "No values" : "Choose…"}</option>
          {options.map((r) => (
            <option key={r.key} value={r.key}>
              {valueLabel(dimension, r)} ({r.count.toLocaleString("en")})
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button button-secondary" disabled={value === ""}>
        Add filter
      </button>
    </form>
  );
}
