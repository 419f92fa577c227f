import { useQuery, useQueryClient } from "@tanstack/react-query";
import { queryKeys } from "../queries/query-keys.ts";
import { revisionDiffQuery, statementRevisionQuery } from "../queries/use-revisions.ts";

export interface BlockRevision {
  /** The newest revision whose text has the ID, or null when none has. */
  lastWith: number | null;
  /** When the ID was retired by a merge in the revision after `lastWith`: the ID it was merged into. */
  mergedInto: string | null;
}

/**
 * Where a block ID that the shown revision lacks can be read: revisions are tried from the newest down until one
 * has it (each text is cached, so switching to it afterwards costs nothing), and the diff to the next one says
 * whether it was deleted or merged. Off while `blockId` is null.
 */
export function useBlockRevision(slug: string, blockId: string | null, current: number) {
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: [...queryKeys.blockRevision(slug, blockId ?? ""), current] as const,
    enabled: blockId !== null,
    staleTime: Infinity,
    queryFn: async (): Promise<BlockRevision> => {
      for (let n = current; n >= 1; n--) {
        const text = await queryClient.fetchQuery(statementRevisionQuery(slug, n));
        if (!text.paragraphs.some((block) => block.id === blockId)) continue;
        if (n === current) return { lastWith: n, mergedInto: null };
        const diff = await queryClient.fetchQuery(revisionDiffQuery(slug, n + 1, n));
        const row = diff.rows.find((r) => r.id === blockId);
        return { lastWith: n, mergedInto: row?.fate === "merged" && row.into ? (row.into[0] ?? null) : null };
      }
      return { lastWith: null, mergedInto: null };
    },
  });
}
