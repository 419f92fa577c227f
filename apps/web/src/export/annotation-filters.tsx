import type { ExportSelection } from "./export-selection.ts";
import { KindFilter } from "./kind-filter.tsx";
import { MoreFilters } from "./more-filters.tsx";
import { StatementPicker } from "./statement-picker.tsx";
import { StatusFilter } from "./status-filter.tsx";

interface AnnotationFiltersProps {
  selection: ExportSelection;
  userId: string;
  onChange: (patch: Partial<ExportSelection>) => void;
}

/** The filters that choose a set of annotations (statements, kinds and their attributes, statuses, the rest): the export's, and the codebook's bulk changes'. */
export function AnnotationFilters({ selection, userId, onChange }: AnnotationFiltersProps) {
  return (
    <div className="export-filters" role="group" aria-label="Filters">
      <StatementPicker chosen={selection.statements} onChange={(statements) => onChange({ statements })} />
      <KindFilter selection={selection} onChange={onChange} />
      <StatusFilter selection={selection} onChange={onChange} />
      <MoreFilters selection={selection} userId={userId} onChange={onChange} />
    </div>
  );
}
