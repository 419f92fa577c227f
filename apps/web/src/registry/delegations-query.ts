import { endpoints } from "@verbatim/contract";
import { queryOptions } from "@tanstack/react-query";
import { apiFetch, type ResponseOf } from "../api/api-fetch.ts";
import { queryKeys } from "../queries/query-keys.ts";

export type DelegationRegistry = ResponseOf<typeof endpoints.listDelegations>;
export type DelegationEntry = DelegationRegistry["items"][number];

/** The workspace's registry: some 230 entries that change only when an admin adds one, so kept for a while. */
export function delegationsQuery() {
  return queryOptions({
    queryKey: queryKeys.delegations,
    // Checked on a sample, as a long list is: the entries are all alike.
    queryFn: ({ signal }) => apiFetch(endpoints.listDelegations, { signal, check: "sample" }),
    staleTime: 5 * 60_000,
  });
}
