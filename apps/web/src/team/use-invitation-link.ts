import { endpoints } from "@verbatim/contract";
import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiFetch, type BodyOf } from "../api/api-fetch.ts";
import { isApiError } from "../api/api-error.ts";
import { resetClientState } from "../queries/client-state.ts";
import { queryKeys } from "../queries/query-keys.ts";
import { meQuery } from "../queries/use-me.ts";

export type AcceptInput = BodyOf<typeof endpoints.acceptInvitation>;

/** What an invitation link offers; a used, revoked, expired or unknown link is an error the page explains. */
export function invitationQuery(token: string) {
  return queryOptions({
    queryKey: queryKeys.invitation(token),
    queryFn: ({ signal }) => apiFetch(endpoints.getInvitation, { params: { token }, signal }),
    retry: (count, error) => !isApiError(error, "not_found") && !isApiError(error, "invitation_unusable") && count < 2,
  });
}

export function useInvitationPreview(token: string) {
  return useQuery(invitationQuery(token));
}

/** Joins through the link; the answer is the new session's `Me`, which replaces whatever the cache held. */
export function useAcceptInvitation(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AcceptInput) => apiFetch(endpoints.acceptInvitation, { params: { token }, body }),
    onSuccess: (me) => {
      // The session now acts in another workspace (or as another user): nothing held for the last one belongs to
      // it. The link's own query stays, so the page does not flash "already used" on its way to the library.
      resetClientState(queryClient, [invitationQuery(token).queryKey, meQuery().queryKey]);
      queryClient.setQueryData(meQuery().queryKey, me);
    },
  });
}
