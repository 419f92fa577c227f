import type { Comment, MentionNode } from "@verbatim/contract";
import { type RenderExtra, renderRichText } from "../lib/rich-text.tsx";

function mentionRenderer(nameOf: (id: string) => string | undefined): RenderExtra {
  return (node, key) => {
    if (node.type !== "mention") return undefined;
    const attrs = node.attrs as MentionNode["attrs"];
    return (
      <span key={key} className="mention">
        @{nameOf(attrs.id) ?? attrs.label ?? "someone"}
      </span>
    );
  };
}

/** A comment's words as React elements (never as HTML); mentions as "@Name" with the member's current name. */
export function CommentBodyView({ comment }: { comment: Comment }) {
  if (comment.deleted) return <p className="comment-body comment-deleted">This comment was deleted.</p>;
  const names = new Map(comment.mentions.map((m) => [m.id, m.name]));
  if (!comment.bodyDoc) return <p className="comment-body">{comment.body}</p>;
  return (
    <div className="comment-body">
      {renderRichText(
        comment.bodyDoc,
        0,
        mentionRenderer((id) => names.get(id)),
      )}
    </div>
  );
}
