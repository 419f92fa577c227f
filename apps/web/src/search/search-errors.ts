import { MAX_SEARCH_QUERY } from "@verbatim/contract";
import { ApiError, type ApiErrorCode } from "../api/api-error.ts";

/**
 * What to say beside the search box when the API refused the query itself (400 query_empty or query_too_long), or
 * null when the failure is of another kind (shown as the page's error, with a retry).
 */
export function queryProblem(error: unknown, q: string): string | null {
  if (!(error instanceof ApiError)) return null;
  if (error.code === "query_empty") return "Type words to search for, or choose a filter.";
  if (error.code === "query_too_long")
    return `A search takes up to ${MAX_SEARCH_QUERY} characters; this one has ${q.length.toLocaleString("en")}. Shorten it.`;
  return null;
}

/**
 * The corpus reads' refusals whose API message says what to do: too_complex, a count over too much of the corpus
 * that ran past its time ("narrow it with more words or filters"), not the texts' too_complex the generic message is for.
 */
export const CORPUS_READ_ERRORS = ["too_complex"] as const satisfies readonly ApiErrorCode[];
