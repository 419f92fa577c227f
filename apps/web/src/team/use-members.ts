import { endpoints } from "@verbatim/contract";
import type { Role } from "@verbatim/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiFetch, type ResponseOf } from "../api/api-fetch.ts";
import { queryKeys } from "../queries/query-keys.ts";

export type MemberView = ResponseOf<typeof endpoints.listMembers>["items"][number];

/** Everyone in the workspace, by name. */
export function useMembers() {
  return useQuery({ queryKey: queryKeys.members, queryFn: ({ signal }) => apiFetch(endpoints.listMembers, { signal }) });
}

/** One member's role changes; they run one after another (a keyboard user may step through several roles). */
export function useUpdateMemberRole(userId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    scope: { id: `member-role:${userId}` },
    mutationFn: (role: Role) => apiFetch(endpoints.updateMember, { params: { userId }, body: { role } }),
    onSuccess: ({ member }) => {
      queryClient.setQueryData(queryKeys.members, (old: ResponseOf<typeof endpoints.listMembers> | undefined) =>
        old ? { items: old.items.map((m) => (m.id === member.id ? member : m)) } : old,
      );
    },
  });
}

export function useRemoveMember() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (userId: string) => apiFetch(endpoints.removeMember, { params: { userId } }),
    onSuccess: (_nothing, userId) => {
      queryClient.setQueryData(queryKeys.members, (old: ResponseOf<typeof endpoints.listMembers> | undefined) =>
        old ? { items: old.items.filter((m) => m.id !== userId) } : old,
      );
      return queryClient.invalidateQueries({ queryKey: queryKeys.members });
    },
  });
}
