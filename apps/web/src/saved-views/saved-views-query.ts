import { endpoints, type SavedViewKind } from "@verbatim/contract";
import { queryOptions } from "@tanstack/react-query";
import { apiFetch, type ResponseOf } from "../api/api-fetch.ts";
import { queryKeys } from "../queries/query-keys.ts";

export type SavedView = ResponseOf<typeof endpoints.getSavedView>["view"];

/** The workspace's views of one kind, newest first. */
export function savedViewsQuery(kind: SavedViewKind) {
  return queryOptions({
    queryKey: queryKeys.savedViews(kind),
    queryFn: ({ signal }) => apiFetch(endpoints.listSavedViews, { query: { kind }, signal }),
    select: (list) => list.items,
    staleTime: 30_000,
  });
}

/** One view, for its link (/views/<id>). Never cached for long: a renamed or re-saved view must open as it is now. */
export function savedViewQuery(id: string) {
  return queryOptions({
    queryKey: queryKeys.savedView(id),
    queryFn: ({ signal }) => apiFetch(endpoints.getSavedView, { params: { id }, signal }),
    select: (answer) => answer.view,
    staleTime: 0,
  });
}
