import { endpoints } from "@verbatim/contract";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch, type BodyOf } from "../api/api-fetch.ts";
import { queryKeys } from "./query-keys.ts";
import { fetchMe } from "./use-me.ts";

export type LoginInput = BodyOf<typeof endpoints.login>;

/** Signs in, then loads the new session's `Me` before reporting success, so the next page has it at once. */
export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: LoginInput) => {
      await apiFetch(endpoints.login, { body });
      return fetchMe();
    },
    onSuccess: (me) => {
      queryClient.removeQueries({ queryKey: queryKeys.allStatements });
      queryClient.setQueryData(queryKeys.me, me);
    },
  });
}
