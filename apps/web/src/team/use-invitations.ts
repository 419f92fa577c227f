import { endpoints } from "@verbatim/contract";
import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiFetch, type BodyOf, type ResponseOf } from "../api/api-fetch.ts";
import { queryKeys } from "../queries/query-keys.ts";

export type InvitationView = ResponseOf<typeof endpoints.listInvitations>["items"][number];
export type CreatedInvitation = ResponseOf<typeof endpoints.createInvitation>;
export type InvitationInput = BodyOf<typeof endpoints.createInvitation>;

/** The workspace's invitations, newest first (admins only); read again now and then, so an acceptance shows up. */
export function invitationsQuery() {
  return queryOptions({
    queryKey: queryKeys.invitations,
    queryFn: ({ signal }) => apiFetch(endpoints.listInvitations, { signal }),
    refetchInterval: 30_000,
  });
}

export function useInvitations() {
  return useQuery(invitationsQuery());
}

export function useCreateInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: InvitationInput) => apiFetch(endpoints.createInvitation, { body }),
    // The new invitation heads the list at once (newest first), not only once the list is read again: a read that
    // raced the creation could otherwise leave it out until the next one.
    onSuccess: (created) => {
      queryClient.setQueryData(invitationsQuery().queryKey, (list) =>
        list ? { ...list, items: [created.invitation, ...list.items.filter((i) => i.id !== created.invitation.id)] } : list,
      );
      return queryClient.invalidateQueries({ queryKey: invitationsQuery().queryKey });
    },
  });
}

export function useRevokeInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiFetch(endpoints.revokeInvitation, { params: { id } }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: invitationsQuery().queryKey }),
  });
}
