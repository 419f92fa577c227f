import { SEARCH_TOTAL_CAP, type FacetCount, type SearchFacet } from "@verbatim/contract";
import { KIND_LABELS, labelFor, STANCE_LABELS, STATUS_LABELS, STRENGTH_LABELS } from "../lib/taxonomy-labels.ts";
import type { SearchType } from "./search-url.ts";

/** Each facet's heading (its fieldset's legend), in the order the page lists them. */
export const FACET_LABELS: Record<SearchFacet, string> = {
  delegation: "Delegation",
  onBehalfOf: "On behalf of",
  forum: "Forum",
  year: "Year",
  kind: "Kind",
  stance: "Stance",
  strength: "Strength",
  label: "Label",
  topic: "Topic",
  instrument: "Instrument cited",
  status: "Review status",
  author: "Author",
};

/** The taxonomy's own wording where the facet is one of its fields, should the API send a bare key as the label. */
const VALUE_LABELS: Partial<Record<SearchFacet, Readonly<Record<string, string>>>> = {
  kind: KIND_LABELS,
  stance: STANCE_LABELS,
  strength: STRENGTH_LABELS,
  status: STATUS_LABELS,
};

/** How a facet value reads: the API's label, else the taxonomy's wording, else the value itself. */
export function facetValueLabel(facet: SearchFacet, count: Pick<FacetCount, "value" | "label">): string {
  const label = count.label.trim();
  if (label !== "" && label !== count.value) return label;
  const known = VALUE_LABELS[facet];
  return known ? labelFor(known, count.value) : label || count.value;
}

/** "1 paragraph", "1,234 annotations", "More than 10,000 paragraphs" when the API stopped counting. */
export function totalLabel(total: number, exact: boolean, type: SearchType): string {
  const noun = type === "paragraphs" ? ["paragraph", "paragraphs"] : ["annotation", "annotations"];
  if (!exact) return `More than ${SEARCH_TOTAL_CAP.toLocaleString("en")} ${noun[1]}`;
  return `${total.toLocaleString("en")} ${total === 1 ? noun[0] : noun[1]}`;
}
