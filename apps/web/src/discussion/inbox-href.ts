import type { InboxItem } from "@verbatim/contract";

/**
 * Where an inbox item opens: the reader at the annotation's paragraph (the reader's own `/s/slug#p7` deep link),
 * with its discussion open and the comment marked.
 */
export function inboxItemHref(item: Pick<InboxItem, "statement" | "annotation" | "comment">): string {
  const search = new URLSearchParams({ discussion: item.annotation.id, comment: item.comment.id });
  return `/s/${encodeURIComponent(item.statement.slug)}?${search.toString()}#${item.annotation.paragraphId}`;
}

/** "Inbox, 3 unread" for the nav link's accessible name. */
export const inboxLinkName = (unread: number | undefined): string => (unread ? `Inbox, ${unread} unread` : "Inbox");
