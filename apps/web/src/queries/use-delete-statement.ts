import { endpoints } from "@verbatim/contract";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "../api/api-fetch.ts";
import { afterStatementDeletedOrRestored } from "./statement-lifecycle-cache.ts";

/** Deletes a statement (it can be restored: useRestoreStatement). */
export function useDeleteStatement() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ slug }: { slug: string }) => apiFetch(endpoints.deleteStatement, { params: { idOrSlug: slug } }),
    onSuccess: (_answer, { slug }) => afterStatementDeletedOrRestored(queryClient, slug),
  });
}
