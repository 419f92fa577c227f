import { type Readers, endpoints } from "@verbatim/contract";
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { annotationsQuery, updateAnnotationCache } from "../annotations/annotation-query.ts";
import { rememberSavedId } from "../annotations/saved-ids.ts";
import { buildUrl } from "../api/api-fetch.ts";
import { applyCommentEvent } from "../discussion/comment-cache.ts";
import { commentsQuery, updateCommentCache } from "../discussion/use-statement-comments.ts";
import { queryKeys } from "../queries/query-keys.ts";
import { meQuery } from "../queries/use-me.ts";
import { statementQuery } from "../queries/use-statement.ts";
import { applyAnnotationEvent, applyCodeRenamed, isBehindRecoded } from "./apply-annotation-event.ts";
import { StatementStream } from "./statement-stream.ts";

export type Reader = Readers["readers"][number];

/**
 * Keeps the statement's cached annotations up to date with everyone's changes as they happen, and says who
 * else has it open. Events go through the same pure list updates as the user's own (optimistic) changes.
 */
export function useStatementEvents(slug: string, selfId: string | null): { readers: Reader[] } {
  const queryClient = useQueryClient();
  const [readers, setReaders] = useState<Reader[]>([]);

  useEffect(() => {
    const stream = new StatementStream(buildUrl(endpoints.statementEvents.path, { idOrSlug: slug }), {
      onReady: (resumed) => {
        // Events between the list's loading and this stream's start would be missing from a list already shown.
        if (resumed) return;
        for (const { queryKey } of [annotationsQuery(slug), commentsQuery(slug)]) {
          if (queryClient.getQueryData(queryKey) !== undefined) void queryClient.invalidateQueries({ queryKey });
        }
      },
      onAnnotationEvent: (event) => {
        updateAnnotationCache(queryClient, slug, (list) => {
          const applied = applyAnnotationEvent(list, event, selfId);
          if (applied.adopted) rememberSavedId(applied.adopted.optimisticId, applied.adopted.id);
          return applied.list;
        });
        void queryClient.invalidateQueries({ queryKey: queryKeys.allStatements, refetchType: "none" });
        // Someone else's tag may now cover a suggestion (or a deletion bring one back); one's own changes refresh it already.
        if (event.actorId !== selfId) void queryClient.invalidateQueries({ queryKey: queryKeys.suggestions(slug) });
        // Someone else's verdict on this user's annotation is in their inbox now: the badge looks again.
        if (event.type === "annotation.reviewed" && event.actorId !== selfId && event.annotation.author.id === selfId) {
          void queryClient.invalidateQueries({ queryKey: queryKeys.inbox });
        }
      },
      onRecodedEvent: (event) => {
        const { queryKey } = annotationsQuery(slug);
        if (isBehindRecoded(queryClient.getQueryData(queryKey), event)) void queryClient.invalidateQueries({ queryKey });
        // The codebook's counts moved too.
        void queryClient.invalidateQueries({ queryKey: queryKeys.codes, refetchType: "none" });
      },
      onCodebookEvent: (event) => {
        const renamed = event.change.code;
        if (event.type === "code.renamed" && renamed) updateAnnotationCache(queryClient, slug, (list) => applyCodeRenamed(list, renamed));
        void queryClient.invalidateQueries({ queryKey: queryKeys.codes });
      },
      onCommentEvent: (event) => {
        updateCommentCache(queryClient, slug, (list) => applyCommentEvent(list, event));
        // Someone else's comment may mention or answer this user: the inbox badge looks again.
        if (event.actorId !== selfId) void queryClient.invalidateQueries({ queryKey: queryKeys.inbox });
      },
      onStatementEvent: (event) => {
        // Edited, deleted or restored: the reader loads it again (a deleted one answers 404, and the page says so).
        void queryClient.invalidateQueries({ queryKey: statementQuery(slug).queryKey, exact: true });
        if (event.type === "statement.revised") {
          // A new text: its revisions, diffs and blocks (under the statement's key), its re-anchored annotations, and
          // the queue of those waiting for a person.
          void queryClient.invalidateQueries({ queryKey: queryKeys.statement(slug) });
          void queryClient.invalidateQueries({ queryKey: annotationsQuery(slug).queryKey });
          void queryClient.invalidateQueries({ queryKey: queryKeys.allPlacements });
          void queryClient.invalidateQueries({ queryKey: queryKeys.suggestions(slug) });
        }
        void queryClient.invalidateQueries({ queryKey: queryKeys.allStatements, refetchType: "none" });
      },
      onPresence: setReaders,
      // A refused stream may mean the session ended: asking who is signed in sends a signed-out user to sign in.
      onGiveUp: () => void queryClient.invalidateQueries({ queryKey: meQuery().queryKey }),
    });
    stream.start();
    return () => {
      stream.stop();
      setReaders([]);
    };
  }, [queryClient, slug, selfId]);

  return { readers };
}
