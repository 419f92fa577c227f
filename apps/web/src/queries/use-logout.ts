import { endpoints } from "@verbatim/contract";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "../api/api-fetch.ts";
import { isApiError } from "../api/api-error.ts";
import { resetClientState } from "./client-state.ts";
import { meQuery } from "./use-me.ts";
import { setupStatusQuery } from "./use-setup-status.ts";

/** Ends the session and forgets everything held for it. A session that had already expired counts as signed out. */
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
      resetClientState(queryClient, [setupStatusQuery().queryKey, meQuery().queryKey]);
      queryClient.setQueryData(meQuery().queryKey, null);
    },
  });
}
