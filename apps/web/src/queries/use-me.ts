import { endpoints } from "@verbatim/contract";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { apiFetch, type ResponseOf } from "../api/api-fetch.ts";
import { isApiError } from "../api/api-error.ts";
import { queryKeys } from "./query-keys.ts";

export type Me = ResponseOf<typeof endpoints.me>;

/** Who is signed in: `null` when nobody is (the API answered `unauthenticated`). */
export async function fetchMe(signal?: AbortSignal): Promise<Me | null> {
  try {
    return await apiFetch(endpoints.me, { signal });
  } catch (e) {
    if (isApiError(e, "unauthenticated")) return null;
    throw e;
  }
}

export function meQuery() {
  return queryOptions({ queryKey: queryKeys.me, queryFn: ({ signal }) => fetchMe(signal), staleTime: 5 * 60_000 });
}

export function useMe() {
  return useQuery(meQuery());
}
