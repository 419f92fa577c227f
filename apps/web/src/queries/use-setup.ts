import { endpoints } from "@verbatim/contract";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch, type BodyOf } from "../api/api-fetch.ts";
import { queryKeys } from "./query-keys.ts";
import { meQuery } from "./use-me.ts";
import { setupStatusQuery } from "./use-setup-status.ts";

export type SetupInput = BodyOf<typeof endpoints.setup>;

/** Creates the first workspace and its admin; the API signs them in, so the answer is the new `Me`. */
export function useSetup() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SetupInput) => apiFetch(endpoints.setup, { body }),
    onSuccess: (me) => {
      queryClient.setQueryData(meQuery().queryKey, me);
      queryClient.setQueryData(setupStatusQuery().queryKey, { needed: false, samples: [] });
      return queryClient.invalidateQueries({ queryKey: queryKeys.allStatements });
    },
  });
}
