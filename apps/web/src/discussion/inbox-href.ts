import type { InboxItem } from "@verbatim/contract";

/**
 * Where an inbox item opens: the reader at the annotation's paragraph (the reader's own `/s/slug#p7` deep link),
 * with its discussion open and, for a comment, the comment marked. A verdict opens the discussion too: the
 * review shows on the annotation, and the discussion is where its author answers the reviewer.
 */
export function inboxItemHref(item: InboxItem): string {
  const search = new URLSearchParams({
    discussion: item.annotation.id,
    ...(item.reason === "verdict" ? {} : { comment: item.comment.id }),
  });
  return `/s/${encodeURIComponent(item.statement.slug)}?${search.toString()}#${item.annotation.paragraphId}`;
}

/** "Inbox, 3 unread" for the nav link's accessible name. */
export const inboxLinkName = (unread: number | undefined): string => (unread ? `Inbox, ${unread} unread` : "Inbox");
