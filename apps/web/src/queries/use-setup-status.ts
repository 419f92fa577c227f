import { endpoints } from "@verbatim/contract";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { apiFetch } from "../api/api-fetch.ts";
import { queryKeys } from "./query-keys.ts";

/** Whether the first-run setup is still to be done, and the sample statements it offers. */
export function setupStatusQuery() {
  return queryOptions({
    queryKey: queryKeys.setupStatus,
    queryFn: ({ signal }) => apiFetch(endpoints.setupStatus, { signal }),
    staleTime: 60_000,
  });
}

export function useSetupStatus() {
  return useQuery(setupStatusQuery());
}
