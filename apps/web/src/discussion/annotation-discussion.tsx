import type { Annotation, Comment, CommentDoc } from "@verbatim/contract";
import { useEffect, useId, useMemo, useRef, useState } from "react";
import { useSearchParams } from "react-router";
import { errorMessage } from "../lib/error-message.ts";
import { commentErrorMessage } from "./comment-errors.ts";
import { CommentComposer } from "./comment-composer.tsx";
import { CommentItem, type ThreadControls } from "./comment-item.tsx";
import { DeletedCommentNotice } from "./deleted-comment-notice.tsx";
import { buildThread, liveCommentCount } from "./comment-thread.ts";
import { useCreateComment, useDeleteComment, useRestoreComment, useUpdateComment } from "./use-comment-mutations.ts";
import { useStatementComments } from "./use-statement-comments.ts";

/** The URL parameters of a link to a discussion: `?discussion=<annotation>&comment=<comment>` (see inboxItemHref). */
export const DISCUSSION_PARAM = "discussion";
export const COMMENT_PARAM = "comment";

/** The "Discussion (3)" disclosure at the end of an annotation in the side panel, and its thread when open. */
export function AnnotationDiscussion({ annotation, slug }: { annotation: Annotation; slug: string }) {
  const comments = useStatementComments(slug);
  const [params] = useSearchParams();
  const linked = params.get(DISCUSSION_PARAM) === annotation.id;
  // Open when the URL links to it, until the user says otherwise.
  const [toggled, setToggled] = useState<boolean | null>(null);
  const open = toggled ?? linked;
  const region = useRef<HTMLDivElement>(null);
  const regionId = useId();
  useEffect(() => {
    if (linked) requestAnimationFrame(() => region.current?.scrollIntoView({ block: "nearest" }));
  }, [linked]);

  const count = comments.data ? liveCommentCount(comments.data, annotation.id) : null;
  return (
    <div className="annotation-discussion">
      <button
        type="button"
        className="button button-quiet discussion-toggle"
        aria-expanded={open}
        aria-controls={regionId}
        onClick={() => setToggled(!open)}
      >
        Discussion{count ? ` (${count})` : ""}
      </button>
      <div id={regionId} ref={region} hidden={!open} className="discussion-thread">
        {open &&
          (comments.isError ? (
            <p role="alert">{errorMessage(comments.error)}</p>
          ) : comments.data ? (
            <Thread annotation={annotation} slug={slug} comments={comments.data} linkedId={linked ? params.get(COMMENT_PARAM) : null} />
          ) : (
            <p className="muted">Loading comments…</p>
          ))}
      </div>
    </div>
  );
}

interface ThreadProps {
  annotation: Annotation;
  slug: string;
  comments: Comment[];
  linkedId: string | null;
}

function Thread({ annotation, slug, comments, linkedId }: ThreadProps) {
  const tree = useMemo(() => buildThread(comments, annotation.id), [comments, annotation.id]);
  const [replyingTo, setReplyingTo] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [deleted, setDeleted] = useState<Comment | null>(null);
  const [removeError, setRemoveError] = useState<string | null>(null);
  const create = useCreateComment(slug, annotation.id);
  const reply = useCreateComment(slug, annotation.id);
  const update = useUpdateComment(slug);
  const remove = useDeleteComment(slug);
  const restore = useRestoreComment(slug);

  const saved = (p: Promise<unknown>, after: () => void) =>
    p.then(
      () => (after(), true),
      () => false,
    );
  const controls: ThreadControls = {
    // The API's verdicts: commenting is the annotation's (none yet on an unsaved one), editing and deleting each comment's.
    may: { comment: annotation.can.comment, edit: (c) => c.can.edit, delete: (c) => c.can.delete },
    replyingTo,
    editing,
    linkedId,
    setReplyingTo: (id) => {
      reply.reset();
      setReplyingTo(id);
    },
    setEditing: (id) => {
      update.reset();
      setEditing(id);
    },
    reply: (parent: Comment, body: CommentDoc) => saved(reply.mutateAsync({ body, parentId: parent.id }), () => setReplyingTo(null)),
    edit: (comment: Comment, body: CommentDoc) => saved(update.mutateAsync({ comment, body }), () => setEditing(null)),
    remove: (comment: Comment) => {
      setRemoveError(null);
      remove.mutate(comment, { onSuccess: () => setDeleted(comment), onError: (e) => setRemoveError(commentErrorMessage(e)) });
    },
    pending: { reply: reply.isPending, edit: update.isPending },
    errors: {
      reply: reply.error ? commentErrorMessage(reply.error) : null,
      edit: update.error ? commentErrorMessage(update.error) : null,
    },
  };

  return (
    <section className="discussion" aria-label={`Discussion of “${annotation.quote.exact.slice(0, 60)}”`}>
      {tree.length === 0 ? (
        <p className="muted discussion-empty">No comments yet.</p>
      ) : (
        <ul className="comment-list">
          {tree.map((node) => (
            <CommentItem key={node.comment.id} node={node} controls={controls} />
          ))}
        </ul>
      )}
      {removeError && <p role="alert">{removeError}</p>}
      {deleted && (
        <DeletedCommentNotice
          onUndo={() => {
            restore.mutate(deleted, { onError: (e) => setRemoveError(commentErrorMessage(e)) });
            setDeleted(null);
          }}
          onDismiss={() => setDeleted(null)}
        />
      )}
      {controls.may.comment && (
        <CommentComposer
          label="Comment"
          submitLabel="Comment"
          pending={create.isPending}
          error={create.error ? commentErrorMessage(create.error) : null}
          onSubmit={(body) => saved(create.mutateAsync({ body }), () => create.reset())}
        />
      )}
    </section>
  );
}
