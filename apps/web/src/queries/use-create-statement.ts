import { endpoints } from "@verbatim/contract";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch, type BodyOf } from "../api/api-fetch.ts";
import { queryKeys } from "./query-keys.ts";

export type CreateStatementInput = BodyOf<typeof endpoints.createStatement>;

/**
 * Imports a statement; every cached library page is stale afterwards, whatever its search or sort. The
 * refetch is not awaited: the new statement opens at once, and the library is fresh when the analyst returns.
 */
export function useCreateStatement() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateStatementInput) => apiFetch(endpoints.createStatement, { body }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.allStatements });
    },
  });
}
