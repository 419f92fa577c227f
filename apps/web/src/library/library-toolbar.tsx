import type { StatementSort } from "../queries/use-statements.ts";
import { SORT_OPTIONS } from "./library-params.ts";
import { SelectField } from "../components/select-field.tsx";
import { StatementSearchBox } from "./statement-search-box.tsx";

interface LibraryToolbarProps {
  query: string;
  sort: StatementSort;
  onSearch: (q: string) => void;
  onSort: (sort: StatementSort) => void;
}

/** Search and sort, side by side above the list. */
export function LibraryToolbar({ query, sort, onSearch, onSort }: LibraryToolbarProps) {
  return (
    <div className="library-toolbar">
      <StatementSearchBox query={query} onSearch={onSearch} />
      <div className="library-sort">
        <SelectField label="Sort by" value={sort} options={SORT_OPTIONS} onChange={onSort} />
      </div>
    </div>
  );
}
