import { endpoints } from "@verbatim/contract";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { apiFetch, type ResponseOf } from "../api/api-fetch.ts";
import { type ExportFilterParams, paramsKey } from "../export/export-params.ts";
import type { Code } from "../queries/codebook-query.ts";
import { queryKeys } from "../queries/query-keys.ts";

export type CodeAnnotation = ResponseOf<typeof endpoints.previewExport>["items"][number];

/** The export filter that selects a code's annotations: a topic's positions, or a label's annotations. */
export function codeFilter(code: Pick<Code, "type" | "name">): ExportFilterParams {
  return code.type === "topic" ? { topic: code.name } : { label: code.name };
}

/** Every review status and anchor state: the codebook speaks of all its annotations, orphans included. */
const EVERY_ANCHOR = "anchored,fuzzy,orphaned";

/**
 * A code's first annotations in reading order (the export preview with the code's filter): examples for the
 * codebook, and the list a split picks from. The preview gives at most 50.
 */
export function codeAnnotationsQuery(code: Pick<Code, "type" | "name">, limit: number) {
  const filter = { ...codeFilter(code), anchor: EVERY_ANCHOR };
  return queryOptions({
    queryKey: queryKeys.exportPreview(`${paramsKey(filter)}&limit=${limit}`),
    queryFn: ({ signal }) => apiFetch(endpoints.previewExport, { query: { ...filter, limit }, signal }),
    staleTime: 30_000,
  });
}

export function useCodeAnnotations(code: Pick<Code, "type" | "name">, limit: number) {
  return useQuery(codeAnnotationsQuery(code, limit));
}
