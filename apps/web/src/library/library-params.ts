import type { StatementSort } from "../queries/use-statements.ts";

export const DEFAULT_SORT: StatementSort = "-created";

/** The sorts the library offers, in the order of the "Sort by" menu. */
export const SORT_OPTIONS: readonly { value: StatementSort; label: string }[] = [
  { value: "-created", label: "Recently added" },
  { value: "-date", label: "Newest date first" },
  { value: "date", label: "Oldest date first" },
  { value: "title", label: "Title A–Z" },
];

export interface LibraryParams {
  q: string;
  sort: StatementSort;
}

function isSort(value: string | null): value is StatementSort {
  return ["date", "-date", "title", "-title", "created", "-created"].includes(value ?? "");
}

/** Reads `?q=` and `?sort=`; a sort the API does not know (an old or hand-edited link) falls back to the default. */
export function readLibraryParams(params: URLSearchParams): LibraryParams {
  const sort = params.get("sort");
  return { q: (params.get("q") ?? "").trim(), sort: isSort(sort) ? sort : DEFAULT_SORT };
}

/** Writes the library's state back, keeping the URL short: defaults are left out, other parameters kept. */
export function writeLibraryParams(current: URLSearchParams, next: Partial<LibraryParams>): URLSearchParams {
  const params = new URLSearchParams(current);
  if (next.q !== undefined) {
    if (next.q.trim()) params.set("q", next.q.trim());
    else params.delete("q");
  }
  if (next.sort !== undefined) {
    if (next.sort === DEFAULT_SORT) params.delete("sort");
    else params.set("sort", next.sort);
  }
  return params;
}
