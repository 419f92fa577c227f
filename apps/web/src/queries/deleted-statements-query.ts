import { endpoints } from "@verbatim/contract";
import { queryOptions } from "@tanstack/react-query";
import { apiFetch, type ResponseOf } from "../api/api-fetch.ts";
import { queryKeys } from "./query-keys.ts";

export type DeletedStatement = ResponseOf<typeof endpoints.listDeletedStatements>["items"][number];

/** The workspace's deleted statements, most recently deleted first (admins: the Deleted statements page). */
export function deletedStatementsQuery() {
  return queryOptions({
    queryKey: queryKeys.deletedStatements,
    queryFn: async ({ signal }): Promise<DeletedStatement[]> => (await apiFetch(endpoints.listDeletedStatements, { signal })).items,
  });
}
