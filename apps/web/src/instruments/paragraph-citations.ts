import { endpoints } from "@verbatim/contract";
import { queryOptions } from "@tanstack/react-query";
import { apiFetch, type ResponseOf } from "../api/api-fetch.ts";
import { queryKeys } from "../queries/query-keys.ts";

export type ParagraphCitation = ResponseOf<typeof endpoints.citeParagraphs>["items"][number];

/** The API takes this many references at once. */
const BATCH = 200;

type Waiting = { ref: string; resolve: (c: ParagraphCitation) => void; reject: (e: unknown) => void };
let waiting: Waiting[] = [];

/** Sends the references asked for in the same tick as one request (a panel asks for each of its targets at once). */
async function flush(): Promise<void> {
  const batch = waiting;
  waiting = [];
  for (let i = 0; i < batch.length; i += BATCH) {
    const part = batch.slice(i, i + BATCH);
    try {
      const refs = [...new Set(part.map((w) => w.ref))];
      const { items } = await apiFetch(endpoints.citeParagraphs, { query: { refs: refs.join(",") } });
      const byRef = new Map(items.map((c) => [c.ref, c]));
      for (const w of part) w.resolve(byRef.get(w.ref) ?? { ref: w.ref, citation: null, title: null, inCurrent: false });
    } catch (e) {
      for (const w of part) w.reject(e);
    }
  }
}

function cite(ref: string): Promise<ParagraphCitation> {
  return new Promise((resolve, reject) => {
    if (waiting.length === 0) setTimeout(() => void flush(), 0);
    waiting.push({ ref, resolve, reject });
  });
}

/** A paragraph reference (`slug#p4`) as a reader reads it: "France, Security Council, 1 February 2024, ¶2". */
export function paragraphCitationQuery(ref: string) {
  return queryOptions({
    queryKey: queryKeys.paragraphCitation(ref),
    queryFn: () => cite(ref),
    staleTime: 5 * 60_000,
  });
}
