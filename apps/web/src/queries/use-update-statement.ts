import { endpoints } from "@verbatim/contract";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { isApiError } from "../api/api-error.ts";
import { apiFetch, type BodyOf } from "../api/api-fetch.ts";
import { queryKeys } from "./query-keys.ts";
import { statementQuery } from "./use-statement.ts";

export type UpdateStatementInput = BodyOf<typeof endpoints.updateStatement>;

/**
 * Saves an edit of a statement's details. The reader takes the answer as it is; library pages (titles, search)
 * are stale. A 409 means someone else saved first: their version is loaded again for the form to show.
 */
export function useUpdateStatement(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateStatementInput) => apiFetch(endpoints.updateStatement, { params: { idOrSlug: slug }, body }),
    onSuccess: ({ statement }) => {
      queryClient.setQueryData(statementQuery(slug).queryKey, statement);
      void queryClient.invalidateQueries({ queryKey: queryKeys.allStatements });
    },
    onError: (error) => {
      if (isApiError(error, "version_conflict"))
        void queryClient.invalidateQueries({ queryKey: statementQuery(slug).queryKey, exact: true });
    },
  });
}
