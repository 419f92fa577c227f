import { endpoints } from "@verbatim/contract";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch, type BodyOf } from "../api/api-fetch.ts";
import { queryKeys } from "./query-keys.ts";

export type CreateStatementInput = BodyOf<typeof endpoints.createStatement>;

/** JSON for pasted text, or a multipart form carrying the file and the metadata fields beside it. */
export type CreateStatementCall = { body: CreateStatementInput } | { form: FormData };

/**
 * Imports a statement; every cached library page is stale afterwards, whatever its search or sort. The
 * refetch is not awaited: the new statement opens at once, and the library is fresh when the analyst returns.
 */
export function useCreateStatement() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (call: CreateStatementCall) => apiFetch(endpoints.createStatement, call),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.allStatements });
    },
  });
}
