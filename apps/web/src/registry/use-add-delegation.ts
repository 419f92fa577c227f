import { endpoints } from "@verbatim/contract";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "../api/api-fetch.ts";
import { queryKeys } from "../queries/query-keys.ts";
import type { DelegationRegistry } from "./delegations-query.ts";
import type { AddDelegationBody } from "./entry-form-values.ts";
import { withEntry } from "./registry-relations.ts";

/**
 * Adds an entry, or aliases to one (`extends`). The entry the API returns goes into the cached registry at once, so
 * the page can open it; the registry is then read again, as the delegation fields' suggestions are built from it.
 */
export function useAddDelegation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AddDelegationBody) => apiFetch(endpoints.addDelegation, { body }),
    onSuccess: (entry) => {
      queryClient.setQueryData<DelegationRegistry>(queryKeys.delegations, (registry) => registry && withEntry(registry, entry));
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.delegations }),
  });
}
