import { endpoints } from "@verbatim/contract";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "../api/api-fetch.ts";
import { isApiError } from "../api/api-error.ts";
import { queryKeys } from "./query-keys.ts";

/** Ends the session and forgets everything cached for it. A session that had already expired counts as signed out. */
export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      try {
        await apiFetch(endpoints.logout);
      } catch (e) {
        if (!isApiError(e, "unauthenticated")) throw e;
      }
    },
    onSuccess: () => {
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== queryKeys.setupStatus[0] });
      queryClient.setQueryData(queryKeys.me, null);
    },
  });
}
