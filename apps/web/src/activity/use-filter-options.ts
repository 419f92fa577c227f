import { endpoints } from "@verbatim/contract";
import { useQuery } from "@tanstack/react-query";
import { apiFetch } from "../api/api-fetch.ts";
import { queryKeys } from "../queries/query-keys.ts";

export interface FilterOption {
  value: string;
  label: string;
}

/** The workspace's members, by name, for the member filter. */
export function useMemberOptions() {
  return useQuery({
    queryKey: queryKeys.members,
    queryFn: ({ signal }) => apiFetch(endpoints.listMembers, { signal }),
    select: (data): FilterOption[] => data.items.map((m) => ({ value: m.id, label: m.name })),
  });
}

const STATEMENT_OPTIONS = 500;

/** The workspace's statements by title (the first 500), for the statement filter. */
export function useStatementOptions() {
  return useQuery({
    queryKey: [...queryKeys.allStatements, "options"],
    queryFn: ({ signal }) => apiFetch(endpoints.listStatements, { query: { sort: "title", limit: STATEMENT_OPTIONS }, signal }),
    select: (data): FilterOption[] => data.items.map((s) => ({ value: s.slug, label: s.title })),
  });
}
