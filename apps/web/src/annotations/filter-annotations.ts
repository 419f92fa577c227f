import type { Annotation } from "@verbatim/contract";

/** The side panel's filters; an empty string means "any". */
export interface AnnotationFilters {
  kind: string;
  author: string;
  status: string;
  label: string;
}

export const NO_FILTERS: AnnotationFilters = { kind: "", author: "", status: "", label: "" };

export const isFiltering = (f: AnnotationFilters): boolean => Boolean(f.kind || f.author || f.status || f.label);

export function filterAnnotations(annotations: readonly Annotation[], f: AnnotationFilters): readonly Annotation[] {
  if (!isFiltering(f)) return annotations;
  return annotations.filter(
    (a) =>
      (!f.kind || a.kind === f.kind) &&
      (!f.author || a.author.id === f.author) &&
      (!f.status || a.status === f.status) &&
      (!f.label || a.labels.includes(f.label)),
  );
}

export interface FilterChoices {
  authors: { id: string; name: string }[];
  labels: string[];
}

/** The authors (by name) and labels (alphabetical) the statement's annotations have, to choose among. */
export function filterChoices(annotations: readonly Annotation[]): FilterChoices {
  const authors = new Map<string, string>();
  const labels = new Set<string>();
  for (const a of annotations) {
    authors.set(a.author.id, a.author.name);
    for (const label of a.labels) labels.add(label);
  }
  return {
    authors: [...authors].map(([id, name]) => ({ id, name })).sort((x, y) => x.name.localeCompare(y.name)),
    labels: [...labels].sort((x, y) => x.localeCompare(y)),
  };
}

/** "12 annotations", or "12 annotations, 3 shown" while filters hide some. */
export function countText(total: number, shown: number, filtering: boolean): string {
  const all = `${total} ${total === 1 ? "annotation" : "annotations"}`;
  return filtering ? `${all}, ${shown} shown` : all;
}
