import { endpoints } from "@verbatim/contract";
import { keepPreviousData, queryOptions, useQuery } from "@tanstack/react-query";
import { apiFetch, type ResponseOf } from "../api/api-fetch.ts";
import { useDebouncedValue } from "../lib/use-debounced-value.ts";
import { queryKeys } from "../queries/query-keys.ts";
import { paramsFromKey, paramsKey, type ExportPreviewParams } from "./export-params.ts";

export type ExportPreview = ResponseOf<typeof endpoints.previewExport>;
export type ExportedAnnotation = ExportPreview["items"][number];

/** Long enough to let a run of ticks and keystrokes settle into one request. */
export const PREVIEW_DEBOUNCE_MS = 300;
export const PREVIEW_SIZE = 5;

/** The count and first excerpts of an export, its filters and citation style given as their key (see paramsKey). */
export function exportPreviewQuery(filtersKey: string) {
  return queryOptions({
    queryKey: queryKeys.exportPreview(filtersKey),
    queryFn: ({ signal }) => apiFetch(endpoints.previewExport, { query: { ...paramsFromKey(filtersKey), limit: PREVIEW_SIZE }, signal }),
    placeholderData: keepPreviousData,
  });
}

/**
 * The count and first excerpts of an export, as its filters settle. While new filters load, the previous answer
 * stays on screen, marked as `updating`, so the count does not flash empty at each tick. Null filters: nothing asked.
 */
export function useExportPreview(params: ExportPreviewParams | null) {
  const key = params === null ? null : paramsKey(params);
  const settled = useDebouncedValue(key, PREVIEW_DEBOUNCE_MS);
  const preview = useQuery({ ...exportPreviewQuery(settled ?? ""), enabled: settled !== null });
  return { preview, updating: key !== settled || preview.isPlaceholderData };
}
