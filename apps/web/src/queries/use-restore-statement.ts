import { endpoints } from "@verbatim/contract";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "../api/api-fetch.ts";
import { afterStatementDeletedOrRestored } from "./statement-lifecycle-cache.ts";
import { statementQuery } from "./use-statement.ts";

/** Brings a deleted statement back, with everything that was on it (the Undo of a deletion, and the admins' list). */
export function useRestoreStatement() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ slug }: { slug: string }) => apiFetch(endpoints.restoreStatement, { params: { idOrSlug: slug } }),
    onSuccess: ({ statement }, { slug }) => {
      afterStatementDeletedOrRestored(queryClient, slug);
      queryClient.setQueryData(statementQuery(slug).queryKey, statement);
    },
  });
}
