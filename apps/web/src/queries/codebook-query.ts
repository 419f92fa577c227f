import { endpoints } from "@verbatim/contract";
import { keepPreviousData, type QueryClient, queryOptions, useQuery } from "@tanstack/react-query";
import { apiFetch, type ResponseOf } from "../api/api-fetch.ts";
import { useDebouncedValue } from "../lib/use-debounced-value.ts";
import { queryKeys } from "./query-keys.ts";

export type CodeList = ResponseOf<typeof endpoints.listCodes>;
export type Code = CodeList["items"][number];
export type CodeType = Code["type"];

/** The whole codebook (both types, every status) or one type of it, with the caller's abilities. */
export function codesQuery(type: CodeType | "all" = "all") {
  return queryOptions({
    queryKey: queryKeys.codeList(type),
    queryFn: ({ signal }) => apiFetch(endpoints.listCodes, { query: type === "all" ? {} : { type }, signal }),
    staleTime: 30_000,
  });
}

/** Codes of a type matching typed text, best first, each with how it matches (`same` is a near-duplicate). */
export function codeSearchQuery(type: CodeType, q: string) {
  return queryOptions({
    queryKey: queryKeys.codeSearch(type, q),
    queryFn: ({ signal }) => apiFetch(endpoints.listCodes, { query: { type, q }, signal }),
    staleTime: 30_000,
  });
}

export type CodeAgreement = ResponseOf<typeof endpoints.codebookAgreement>["items"][number];

/** Agreement on each code across the statements two or more people tagged (under `codes`, so a change refreshes it). */
export function codebookAgreementQuery() {
  return queryOptions({
    queryKey: [...queryKeys.codes, "agreement"] as const,
    queryFn: ({ signal }) => apiFetch(endpoints.codebookAgreement, { signal }),
    staleTime: 60_000,
  });
}

const SEARCH_DEBOUNCE_MS = 200;

/**
 * The codes of `type` matching `text` as it settles; idle while the text is empty. `items` answers the text as it is
 * now, and is empty while a newer text waits for its answer (an older answer could name a code for other words).
 */
export function useCodeSearch(type: CodeType, text: string): { items: Code[]; pending: boolean } {
  const typed = text.trim().slice(0, 60);
  const q = useDebouncedValue(typed, SEARCH_DEBOUNCE_MS);
  const search = useQuery({ ...codeSearchQuery(type, q), enabled: q !== "", placeholderData: keepPreviousData });
  const current = q === typed && q !== "" && !search.isPlaceholderData;
  return { items: current ? (search.data?.items ?? []) : [], pending: typed !== "" && !current };
}

/**
 * Everything a codebook change can alter: the codes, and every annotation, label list, preview and comparison
 * showing their names (a merge or bulk change moves annotations; a rename changes how they read).
 */
export async function afterCodebookChange(queryClient: QueryClient): Promise<void> {
  await Promise.all(
    [queryKeys.codes, ["annotations"], queryKeys.labels, ["export-preview"], queryKeys.allReviewQueues, ["compare"]].map((queryKey) =>
      queryClient.invalidateQueries({ queryKey }),
    ),
  );
}
