import { type Comment, endpoints } from "@verbatim/contract";
import { type QueryClient, queryOptions, useQuery } from "@tanstack/react-query";
import { apiFetch } from "../api/api-fetch.ts";
import { queryKeys } from "../queries/query-keys.ts";

type List = Comment[] | undefined;

/** Every comment on the statement's annotations, loaded once; live events and the user's changes update it. */
export function commentsQuery(slug: string) {
  return queryOptions({
    queryKey: queryKeys.comments(slug),
    queryFn: async ({ signal }) => (await apiFetch(endpoints.listStatementComments, { params: { idOrSlug: slug }, signal })).items,
    staleTime: Infinity,
  });
}

export function useStatementComments(slug: string) {
  return useQuery(commentsQuery(slug));
}

export function updateCommentCache(queryClient: QueryClient, slug: string, update: (list: List) => List): void {
  queryClient.setQueryData(commentsQuery(slug).queryKey, update);
}
