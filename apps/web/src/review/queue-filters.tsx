import { ANNOTATION_KINDS } from "@verbatim/core";
import { useEffect, useEffectEvent, useState } from "react";
import { KIND_LABELS } from "../lib/taxonomy-labels.ts";
import { SelectField } from "../components/select-field.tsx";
import type { QueueFilters as Filters } from "./queue-params.ts";
import type { ReviewQueue } from "./use-review-queue.ts";

interface QueueFiltersProps {
  filters: Filters;
  facets: ReviewQueue["facets"] | undefined;
  onChange: (next: Partial<Filters>) => void;
}

/** Statement, author, kind and label (the first two offer what the queue holds, with counts), and the reviewer's own assignments. */
export function QueueFilters({ filters, facets, onChange }: QueueFiltersProps) {
  const statements = facets?.statements ?? [];
  const authors = facets?.authors ?? [];
  const statementOptions = [
    { value: "", label: "All statements" },
    ...statements.map((s) => ({ value: s.slug, label: `${s.title} (${s.count})` })),
  ];
  if (filters.statement && !statements.some((s) => s.slug === filters.statement)) {
    statementOptions.push({ value: filters.statement, label: `${filters.statement} (0)` });
  }
  const authorOptions = [{ value: "", label: "Everyone" }, ...authors.map((a) => ({ value: a.id, label: `${a.name} (${a.count})` }))];
  if (filters.author && !authors.some((a) => a.id === filters.author)) authorOptions.push({ value: filters.author, label: "Someone (0)" });
  const kindOptions = [{ value: "", label: "All kinds" }, ...ANNOTATION_KINDS.map((k) => ({ value: k, label: KIND_LABELS[k] }))];

  return (
    <div className="queue-filters" role="group" aria-label="Filters">
      <SelectField label="Statement" value={filters.statement} options={statementOptions} onChange={(v) => onChange({ statement: v })} />
      <SelectField label="Author" value={filters.author} options={authorOptions} onChange={(v) => onChange({ author: v })} />
      <SelectField label="Kind" value={filters.kind} options={kindOptions} onChange={(v) => onChange({ kind: v as Filters["kind"] })} />
      <LabelFilter value={filters.label} onChange={(label) => onChange({ label })} />
      <label className="queue-assigned-toggle">
        <input type="checkbox" checked={filters.assigned === "me"} onChange={(e) => onChange({ assigned: e.target.checked ? "me" : "" })} />
        Only my assignments
      </label>
    </div>
  );
}

/** A label filter applied once typing pauses. */
function LabelFilter({ value, onChange }: { value: string; onChange: (label: string) => void }) {
  const [draft, setDraft] = useState(value);
  const [shown, setShown] = useState(value);
  // The URL changed (typing settled, Back, Clear filters): show what it says.
  if (shown !== value) {
    setShown(value);
    if (draft.trim() !== value) setDraft(value);
  }
  const apply = useEffectEvent(onChange);
  useEffect(() => {
    if (draft.trim() === value) return;
    const timer = setTimeout(() => apply(draft.trim()), 300);
    return () => clearTimeout(timer);
  }, [draft, value]);
  return (
    <div className="field">
      <label htmlFor="queue-label-filter">Label</label>
      <input id="queue-label-filter" type="search" value={draft} onChange={(e) => setDraft(e.target.value)} />
    </div>
  );
}
