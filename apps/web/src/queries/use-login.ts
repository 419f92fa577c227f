import { endpoints } from "@verbatim/contract";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch, type BodyOf } from "../api/api-fetch.ts";
import { resetClientState } from "./client-state.ts";
import { fetchMe, meQuery } from "./use-me.ts";
import { setupStatusQuery } from "./use-setup-status.ts";

export type LoginInput = BodyOf<typeof endpoints.login>;

/**
 * Signs in, then loads the new session's `Me` before reporting success, so the next page has it at once.
 * Whatever an earlier session left behind (another user's, another workspace's) is forgotten first.
 */
export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: LoginInput) => {
      await apiFetch(endpoints.login, { body });
      return fetchMe();
    },
    onSuccess: (me) => {
      resetClientState(queryClient, [setupStatusQuery().queryKey, meQuery().queryKey]);
      queryClient.setQueryData(meQuery().queryKey, me);
    },
  });
}
