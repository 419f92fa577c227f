import { endpoints } from "@verbatim/contract";
import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiFetch, type BodyOf, type QueryOf, type ResponseOf } from "../api/api-fetch.ts";
import { queryKeys } from "../queries/query-keys.ts";

export type Assignment = ResponseOf<typeof endpoints.listAssignments>["items"][number];
export type AssignmentFilters = QueryOf<typeof endpoints.listAssignments>;
export type AssignInput = BodyOf<typeof endpoints.createAssignments>;

/** Assignments under the filters, soonest due first; the caller's own are `{ assignee: "me" }`. */
export function assignmentsQuery(filters: AssignmentFilters) {
  const query = Object.fromEntries(Object.entries(filters).map(([k, v]) => [k, String(v)]));
  return queryOptions({
    queryKey: queryKeys.assignments(new URLSearchParams(query).toString()),
    queryFn: ({ signal }) => apiFetch(endpoints.listAssignments, { query: filters, signal }),
    refetchOnWindowFocus: true,
  });
}

/** Who may be given each task, as the API's policy says. */
export function assignableMembersQuery() {
  return queryOptions({
    queryKey: queryKeys.assignableMembers,
    queryFn: ({ signal }) => apiFetch(endpoints.assignableMembers, { signal }),
  });
}

export const useAssignments = (filters: AssignmentFilters) => useQuery(assignmentsQuery(filters));
export const useAssignableMembers = (enabled: boolean) => useQuery({ ...assignableMembersQuery(), enabled });

function useRefreshAssignments() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: queryKeys.allAssignments }),
      // The review queue's "Only my assignments" depends on them too.
      queryClient.invalidateQueries({ queryKey: queryKeys.allReviewQueues }),
    ]);
}

export function useCreateAssignments() {
  const refresh = useRefreshAssignments();
  return useMutation({ mutationFn: (body: AssignInput) => apiFetch(endpoints.createAssignments, { body }), onSuccess: refresh });
}

export function useCompleteAssignment() {
  const refresh = useRefreshAssignments();
  return useMutation({
    mutationFn: (v: { id: string; done: boolean }) =>
      apiFetch(endpoints.updateAssignment, { params: { id: v.id }, body: { done: v.done } }),
    onSettled: refresh,
  });
}
