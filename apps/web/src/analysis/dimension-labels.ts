import { SEARCH_FACETS, type AnalysisDimension, type SearchFacet } from "@verbatim/contract";
import { FACET_LABELS, facetValueLabel } from "../search/facet-labels.ts";
import type { FilterKey } from "./analysis-url.ts";

/** How each dimension reads in the matrix's choices and headers. */
export const DIMENSION_LABELS: Record<AnalysisDimension, string> = {
  delegation: "Delegation",
  onBehalfOf: "Group (on behalf of)",
  forum: "Forum",
  year: "Year",
  month: "Month",
  topic: "Topic",
  label: "Label",
  instrument: "Instrument cited",
  kind: "Kind",
  stance: "Stance",
  strength: "Strength",
};

/** How each filter reads on its chip: a dimension's name, or the search's for the two that are not dimensions. */
export const FILTER_LABELS: Record<FilterKey, string> = {
  ...DIMENSION_LABELS,
  status: FACET_LABELS.status,
  author: FACET_LABELS.author,
};

const isSearchFacet = (key: string): key is SearchFacet => (SEARCH_FACETS as readonly string[]).includes(key);

/** "2024-03" as "Mar 2024" (the calendar's month, whatever the time zone). */
function monthLabel(key: string): string {
  const [year, month] = key.split("-").map(Number);
  if (!year || !month) return key;
  return new Date(Date.UTC(year, month - 1, 1)).toLocaleDateString("en-GB", { month: "short", year: "numeric", timeZone: "UTC" });
}

/** How a value of a dimension or filter reads: the API's label, else the taxonomy's wording, else the key. */
export function valueLabel(key: FilterKey, value: { key: string | null; label: string }): string {
  if (value.key === null) return value.label.trim() || "None";
  if (key === "month" && (value.label === "" || value.label === value.key)) return monthLabel(value.key);
  return isSearchFacet(key) ? facetValueLabel(key, { value: value.key, label: value.label }) : value.label || value.key;
}
