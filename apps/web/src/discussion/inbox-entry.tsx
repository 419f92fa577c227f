import type { InboxItem } from "@verbatim/contract";
import { Link } from "react-router";
import { fullTime, relativeTime } from "../lib/relative-time.ts";
import { KIND_LABELS, labelFor } from "../lib/taxonomy-labels.ts";
import { inboxItemHref } from "./inbox-href.ts";
import { verdictPhrase } from "./inbox-verdict-text.ts";

/** One mention, reply or review verdict: who, what they said, where, when. Opening it marks it read. */
export function InboxEntry({ item, onOpen }: { item: InboxItem; onOpen: (item: InboxItem) => void }) {
  const unread = item.readAt === null;
  return (
    <li className={unread ? "inbox-entry inbox-unread" : "inbox-entry"}>
      <Link to={inboxItemHref(item)} className="inbox-entry-link" onClick={() => onOpen(item)}>
        <span className="inbox-entry-head">
          {unread && <span className="visually-hidden">Unread: </span>}
          <strong>{item.actor.name}</strong> <EntryHead item={item} />
        </span>
        {item.reason === "verdict" ? (
          item.review.comment && <q className="inbox-excerpt">{item.review.comment}</q>
        ) : (
          <span className="inbox-excerpt">{item.comment.excerpt}</span>
        )}
      </Link>
      <span className="inbox-entry-meta">
        <span className={`kind-badge kind-${item.annotation.kind}`}>{labelFor(KIND_LABELS, item.annotation.kind)}</span>
        <q className="inbox-quote">{item.annotation.quote}</q>
        <time dateTime={item.createdAt} title={fullTime(item.createdAt)}>
          {relativeTime(item.createdAt)}
        </time>
      </span>
    </li>
  );
}

/** After the actor's name: "mentioned you on <title>", or "accepted your position on ¶4 of <title>:" before the comment. */
function EntryHead({ item }: { item: InboxItem }) {
  if (item.reason !== "verdict") {
    return (
      <>
        {item.reason === "mention" ? "mentioned you" : "replied"} on <em>{item.statement.title}</em>
      </>
    );
  }
  return (
    <>
      {verdictPhrase(item)} <em>{item.statement.title}</em>
      {item.review.comment ? ":" : ""}
    </>
  );
}
