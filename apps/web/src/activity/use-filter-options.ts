import { useQuery } from "@tanstack/react-query";
import { statementOptionsQuery } from "../queries/use-statements.ts";
import { membersQuery } from "../team/use-members.ts";

export interface FilterOption {
  value: string;
  label: string;
}

/** The workspace's members, by name, for the member filter. */
export function useMemberOptions() {
  return useQuery({
    ...membersQuery(),
    select: (data): FilterOption[] => data.items.map((m) => ({ value: m.id, label: m.name })),
  });
}

/** The workspace's statements by title, for the statement filter. */
export function useStatementOptions() {
  return useQuery({
    ...statementOptionsQuery(),
    select: (data): FilterOption[] => data.items.map((s) => ({ value: s.slug, label: s.title })),
  });
}
