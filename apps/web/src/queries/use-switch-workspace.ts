import { endpoints } from "@verbatim/contract";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "../api/api-fetch.ts";
import { resetClientState } from "./client-state.ts";
import { meQuery } from "./use-me.ts";
import { setupStatusQuery } from "./use-setup-status.ts";

/**
 * Moves the session to another of the user's workspaces. The answer is the session's new `Me`; nothing held for
 * the last workspace belongs to the new one, so the cache is emptied first.
 */
export function useSwitchWorkspace() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (workspaceId: string) => apiFetch(endpoints.switchWorkspace, { body: { workspaceId } }),
    onSuccess: (me) => {
      resetClientState(queryClient, [setupStatusQuery().queryKey, meQuery().queryKey]);
      queryClient.setQueryData(meQuery().queryKey, me);
    },
  });
}
