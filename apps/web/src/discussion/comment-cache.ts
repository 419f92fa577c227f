import { type Comment, type CommentEvent, keepThreadShape } from "@verbatim/contract";

type List = Comment[] | undefined;

/** The list with the comment in place of its older copy, or added in creation order; a stale copy is ignored. */
export function upsertComment(list: List, comment: Comment): List {
  if (!list) return list;
  const index = list.findIndex((c) => c.id === comment.id);
  if (index >= 0) {
    if (list[index]!.version >= comment.version) return list;
    return keepThreadShape(list.map((c, i) => (i === index ? comment : c)));
  }
  const at = list.findIndex((c) => c.createdAt > comment.createdAt);
  const next = at < 0 ? [...list, comment] : [...list.slice(0, at), comment, ...list.slice(at)];
  return keepThreadShape(next);
}

/** The comment shown as deleted (kept only while it has replies), unless the list holds a later version. */
export function markCommentDeleted(list: List, deleted: { id: string; version: number }): List {
  if (!list) return list;
  const shown = list.find((c) => c.id === deleted.id);
  if (!shown || shown.version > deleted.version) return list;
  const gone: Comment = { ...shown, deleted: true, body: "", bodyDoc: null, mentions: [], version: deleted.version };
  return keepThreadShape(list.map((c) => (c.id === deleted.id ? gone : c)));
}

/** A live change applied to the statement's cached comments; versions decide, so echoes of one's own changes do nothing. */
export function applyCommentEvent(list: List, event: CommentEvent): List {
  return event.type === "comment.deleted" ? markCommentDeleted(list, event.comment) : upsertComment(list, event.comment);
}
