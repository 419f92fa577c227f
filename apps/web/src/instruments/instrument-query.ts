import { endpoints } from "@verbatim/contract";
import { queryOptions } from "@tanstack/react-query";
import { apiFetch, type ResponseOf } from "../api/api-fetch.ts";
import { queryKeys } from "../queries/query-keys.ts";
import { SUGGESTION_PARAM } from "../suggestions/suggestion-param.ts";

export type InstrumentReferences = ResponseOf<typeof endpoints.instrumentReferences>;
export type CitingReference = InstrumentReferences["items"][number];
export type InstrumentMentions = ResponseOf<typeof endpoints.instrumentMentions>;
export type InstrumentMention = InstrumentMentions["items"][number];

/** Who cites an instrument or a UN symbol across the workspace's statements. */
export function instrumentReferencesQuery(key: string) {
  return queryOptions({
    queryKey: queryKeys.instrumentReferences(key),
    queryFn: ({ signal }) => apiFetch(endpoints.instrumentReferences, { params: { key }, signal }),
    staleTime: 30_000,
  });
}

/** The words that cite an instrument or UN symbol but that nobody has tagged, in the statements read so far. */
export function instrumentMentionsQuery(key: string) {
  return queryOptions({
    queryKey: queryKeys.instrumentMentions(key),
    queryFn: ({ signal }) => apiFetch(endpoints.instrumentMentions, { params: { key }, signal }),
    staleTime: 30_000,
  });
}

/** The page of an instrument or UN symbol: the key's parts encoded one by one, so a symbol reads as itself. */
export const instrumentPath = (key: string): string => `/instruments/${key.split("/").map(encodeURIComponent).join("/")}`;

/** A citing paragraph in the reader. */
export const citingHref = (r: CitingReference): string => `/s/${encodeURIComponent(r.statement.slug)}#${r.paragraph.id}`;

/** The reader on a mention's words, in suggestion mode with that suggestion current, to accept or dismiss it there. */
export const mentionHref = (m: InstrumentMention): string =>
  `/s/${encodeURIComponent(m.statement.slug)}?${SUGGESTION_PARAM}=${encodeURIComponent(m.suggestionId)}#${m.paragraph.id}`;
