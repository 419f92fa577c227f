import { endpoints } from "@verbatim/contract";
import { queryOptions } from "@tanstack/react-query";
import { apiFetch, type ResponseOf } from "../api/api-fetch.ts";
import { queryKeys } from "../queries/query-keys.ts";

export type InstrumentReferences = ResponseOf<typeof endpoints.instrumentReferences>;
export type CitingReference = InstrumentReferences["items"][number];

/** Who cites an instrument or a UN symbol across the workspace's statements. */
export function instrumentReferencesQuery(key: string) {
  return queryOptions({
    queryKey: queryKeys.instrumentReferences(key),
    queryFn: ({ signal }) => apiFetch(endpoints.instrumentReferences, { params: { key }, signal }),
    staleTime: 30_000,
  });
}

/** The page of an instrument or UN symbol: the key's parts encoded one by one, so a symbol reads as itself. */
export const instrumentPath = (key: string): string => `/instruments/${key.split("/").map(encodeURIComponent).join("/")}`;

/** A citing paragraph in the reader. */
export const citingHref = (r: CitingReference): string => `/s/${encodeURIComponent(r.statement.slug)}#${r.paragraph.id}`;
