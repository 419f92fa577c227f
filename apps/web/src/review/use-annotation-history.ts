import { endpoints } from "@verbatim/contract";
import { useQuery } from "@tanstack/react-query";
import { apiFetch } from "../api/api-fetch.ts";
import { queryKeys } from "../queries/query-keys.ts";

/** An annotation's history, read when its dialog opens and again each time it does (history only grows). */
export function useAnnotationHistory(annotationId: string) {
  return useQuery({
    queryKey: queryKeys.annotationHistory(annotationId),
    queryFn: ({ signal }) => apiFetch(endpoints.annotationHistory, { params: { id: annotationId }, signal }),
    staleTime: 0,
  });
}
