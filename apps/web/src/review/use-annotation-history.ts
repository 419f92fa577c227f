import { endpoints } from "@verbatim/contract";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { apiFetch } from "../api/api-fetch.ts";
import { queryKeys } from "../queries/query-keys.ts";

/** An annotation's history, read when its dialog opens and again each time it does (history only grows). */
export function annotationHistoryQuery(annotationId: string) {
  return queryOptions({
    queryKey: queryKeys.annotationHistory(annotationId),
    queryFn: ({ signal }) => apiFetch(endpoints.annotationHistory, { params: { id: annotationId }, signal }),
    staleTime: 0,
  });
}

export function useAnnotationHistory(annotationId: string) {
  return useQuery(annotationHistoryQuery(annotationId));
}
