import { ANNOTATION_KINDS, REVIEW_STATUSES } from "@verbatim/core";
import { useId } from "react";
import type { AnnotationFilters as Filters, FilterChoices } from "./filter-annotations.ts";
import { KIND_LABELS, STATUS_LABELS } from "../lib/taxonomy-labels.ts";

interface AnnotationFiltersProps {
  filters: Filters;
  choices: FilterChoices;
  onChange: (filters: Filters) => void;
}

interface SelectProps {
  label: string;
  value: string;
  any: string;
  options: readonly { value: string; label: string }[];
  onChange: (value: string) => void;
}

function FilterSelect({ label, value, any, options, onChange }: SelectProps) {
  const id = useId();
  // A chosen value stays on offer even when no annotation has it any more, so the select can show it.
  const shown = value && !options.some((o) => o.value === value) ? [...options, { value, label: value }] : options;
  return (
    <div className="filter">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{any}</option>
        {shown.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Filters by kind, author, status and label; each a labelled select, "any" when empty. */
export function AnnotationFilters({ filters, choices, onChange }: AnnotationFiltersProps) {
  const set = (key: keyof Filters) => (value: string) => onChange({ ...filters, [key]: value });
  return (
    <div className="annotation-filters" role="group" aria-label="Filter annotations">
      <FilterSelect
        label="Kind"
        value={filters.kind}
        any="All kinds"
        options={ANNOTATION_KINDS.map((k) => ({ value: k, label: KIND_LABELS[k] }))}
        onChange={set("kind")}
      />
      <FilterSelect
        label="Author"
        value={filters.author}
        any="Everyone"
        options={choices.authors.map((a) => ({ value: a.id, label: a.name }))}
        onChange={set("author")}
      />
      <FilterSelect
        label="Status"
        value={filters.status}
        any="Any status"
        options={REVIEW_STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] }))}
        onChange={set("status")}
      />
      <FilterSelect
        label="Label"
        value={filters.label}
        any="Any label"
        options={choices.labels.map((l) => ({ value: l, label: l }))}
        onChange={set("label")}
      />
    </div>
  );
}
