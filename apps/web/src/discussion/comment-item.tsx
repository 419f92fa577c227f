import type { Comment, CommentDoc } from "@verbatim/contract";
import { useEffect, useRef } from "react";
import { fullTime, relativeTime } from "../lib/relative-time.ts";
import { CommentBodyView } from "./comment-body-view.tsx";
import { CommentComposer } from "./comment-composer.tsx";
import type { ThreadNode } from "./comment-thread.ts";

/** What a thread's items share: who may do what, which composer is open, and the actions. */
export interface ThreadControls {
  may: { comment: boolean; edit: (c: Comment) => boolean; delete: (c: Comment) => boolean };
  replyingTo: string | null;
  editing: string | null;
  linkedId: string | null;
  setReplyingTo: (id: string | null) => void;
  setEditing: (id: string | null) => void;
  reply: (parent: Comment, body: CommentDoc) => Promise<boolean>;
  edit: (comment: Comment, body: CommentDoc) => Promise<boolean>;
  remove: (comment: Comment) => void;
  pending: { reply: boolean; edit: boolean };
  errors: { reply: string | null; edit: string | null };
}

/** One comment with its replies below it, indented. */
export function CommentItem({ node, controls }: { node: ThreadNode; controls: ThreadControls }) {
  const { comment: c, replies } = node;
  const { may, replyingTo, editing, linkedId } = controls;
  const self = useRef<HTMLElement>(null);
  const linked = linkedId === c.id;
  useEffect(() => {
    if (linked) self.current?.scrollIntoView({ block: "center" });
  }, [linked]);
  const edited = !c.deleted && c.updatedAt !== c.createdAt;

  return (
    <li className="comment">
      <article ref={self} className={linked ? "comment-card comment-linked" : "comment-card"} aria-label={`Comment by ${c.author.name}`}>
        <header className="comment-head">
          <span className="comment-author">{c.author.name}</span>
          <time dateTime={c.createdAt} title={fullTime(c.createdAt)}>
            {relativeTime(c.createdAt)}
          </time>
          {edited && <span className="comment-edited">(edited)</span>}
        </header>
        {editing === c.id ? (
          <CommentComposer
            label="Edit comment"
            submitLabel="Save"
            initial={c.bodyDoc}
            pending={controls.pending.edit}
            error={controls.errors.edit}
            onSubmit={(body) => controls.edit(c, body)}
            onCancel={() => controls.setEditing(null)}
            autoFocus
          />
        ) : (
          <CommentBodyView comment={c} />
        )}
        {!c.deleted && editing !== c.id && (
          <div className="comment-actions">
            {may.comment && (
              <button type="button" className="button button-quiet" onClick={() => controls.setReplyingTo(c.id)}>
                Reply
              </button>
            )}
            {may.edit(c) && (
              <button type="button" className="button button-quiet" onClick={() => controls.setEditing(c.id)}>
                Edit
              </button>
            )}
            {may.delete(c) && (
              <button type="button" className="button button-quiet" onClick={() => controls.remove(c)}>
                Delete
              </button>
            )}
          </div>
        )}
      </article>
      {replyingTo === c.id && (
        <CommentComposer
          label={`Reply to ${c.author.name}`}
          submitLabel="Reply"
          pending={controls.pending.reply}
          error={controls.errors.reply}
          onSubmit={(body) => controls.reply(c, body)}
          onCancel={() => controls.setReplyingTo(null)}
          autoFocus
        />
      )}
      {replies.length > 0 && (
        <ul className="comment-replies">
          {replies.map((r) => (
            <CommentItem key={r.comment.id} node={r} controls={controls} />
          ))}
        </ul>
      )}
    </li>
  );
}
