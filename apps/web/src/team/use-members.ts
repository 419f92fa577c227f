import { endpoints } from "@verbatim/contract";
import type { Role } from "@verbatim/core";
import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiFetch, type ResponseOf } from "../api/api-fetch.ts";
import { queryKeys } from "../queries/query-keys.ts";

export type MemberView = ResponseOf<typeof endpoints.listMembers>["items"][number];

/** Everyone in the workspace, by name: the members page, the activity and export filters and @mentions share it. */
export function membersQuery() {
  return queryOptions({ queryKey: queryKeys.members, queryFn: ({ signal }) => apiFetch(endpoints.listMembers, { signal }) });
}

export function useMembers() {
  return useQuery(membersQuery());
}

/**
 * One member's role changes; they run one after another (a keyboard user may step through several roles). The
 * list is read again afterwards: a change can change what the caller may do with other members (a new admin
 * means the last one is no longer the last).
 */
export function useUpdateMemberRole(userId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    scope: { id: `member-role:${userId}` },
    mutationFn: (role: Role) => apiFetch(endpoints.updateMember, { params: { userId }, body: { role } }),
    onSuccess: ({ member }) => {
      const { queryKey } = membersQuery();
      queryClient.setQueryData(queryKey, (old) => (old ? { items: old.items.map((m) => (m.id === member.id ? member : m)) } : old));
      void queryClient.invalidateQueries({ queryKey });
    },
  });
}

export function useRemoveMember() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (userId: string) => apiFetch(endpoints.removeMember, { params: { userId } }),
    onSuccess: (_nothing, userId) => {
      const { queryKey } = membersQuery();
      queryClient.setQueryData(queryKey, (old) => (old ? { items: old.items.filter((m) => m.id !== userId) } : old));
      return queryClient.invalidateQueries({ queryKey });
    },
  });
}
