import type { ActivityParams } from "./activity-params.ts";
import type { FilterOption } from "./use-filter-options.ts";

interface ActivityFiltersProps {
  params: ActivityParams;
  members: FilterOption[];
  statements: FilterOption[];
  onChange: (next: Partial<ActivityParams>) => void;
}

/** Member and statement filters; an option the lists lack (a link from elsewhere) is still offered, by its ID. */
export function ActivityFilters({ params, members, statements, onChange }: ActivityFiltersProps) {
  return (
    <div className="activity-filters">
      <div className="field">
        <label htmlFor="activity-member">Member</label>
        <select id="activity-member" value={params.member} onChange={(e) => onChange({ member: e.target.value })}>
          <option value="">Everyone</option>
          {withCurrent(members, params.member).map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="activity-statement">Statement</label>
        <select id="activity-statement" value={params.statement} onChange={(e) => onChange({ statement: e.target.value })}>
          <option value="">Every statement</option>
          {withCurrent(statements, params.statement).map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}

const withCurrent = (options: FilterOption[], current: string): FilterOption[] =>
  current && !options.some((o) => o.value === current) ? [...options, { value: current, label: current }] : options;
