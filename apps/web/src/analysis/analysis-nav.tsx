import { NavLink } from "react-router";
import { appendFilters, type AllOfFacet, type Filters } from "./analysis-url.ts";

/** The analysis pages (the matrix, the charts), each link carrying the filters in force to the other. */
export function AnalysisNav({ filters, all }: { filters: Filters; all: readonly AllOfFacet[] }) {
  const qs = appendFilters(new URLSearchParams(), filters, all).toString();
  const withFilters = (path: string) => (qs ? `${path}?${qs}` : path);
  return (
    <nav className="analysis-nav" aria-label="Analysis">
      <NavLink to={withFilters("/analysis")} end>
        Matrix
      </NavLink>
      <NavLink to={withFilters("/analysis/charts")}>Charts</NavLink>
    </nav>
  );
}
