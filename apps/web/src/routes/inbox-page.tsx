import type { InboxItem } from "@verbatim/contract";
import { useState } from "react";
import { ErrorAlert } from "../components/error-alert.tsx";
import { LoadingState } from "../components/loading-state.tsx";
import { InboxEntry } from "../discussion/inbox-entry.tsx";
import { type InboxFilter, useInbox, useInboxCount, useMarkInboxRead } from "../discussion/use-inbox.ts";

const FILTERS: { value: InboxFilter; label: string }[] = [
  { value: "unread", label: "Unread" },
  { value: "all", label: "All" },
];

/** The member's mentions, replies and review verdicts, newest first; opening one marks it read and goes to the annotation. */
export function InboxPage() {
  const [filter, setFilter] = useState<InboxFilter>("unread");
  const inbox = useInbox(filter);
  const count = useInboxCount();
  const markRead = useMarkInboxRead();
  const items = inbox.data?.pages.flatMap((p) => p.items) ?? [];
  const unread = count.data ?? inbox.data?.pages[0]?.unread ?? 0;
  const open = (item: InboxItem) => {
    if (item.readAt === null) markRead.mutate({ ids: [item.id] });
  };

  return (
    <div className="inbox-page">
      <div className="inbox-head">
        <h1>Inbox</h1>
        <button
          type="button"
          className="button button-secondary"
          disabled={unread === 0 || markRead.isPending}
          onClick={() => markRead.mutate({ all: true })}
        >
          Mark all as read
        </button>
      </div>
      <div className="inbox-filter" role="group" aria-label="Show">
        {FILTERS.map((f) => (
          <button
            key={f.value}
            type="button"
            className={filter === f.value ? "button button-primary" : "button button-secondary"}
            aria-pressed={filter === f.value}
            onClick={() => setFilter(f.value)}
          >
            {f.label}
            {f.value === "unread" && unread > 0 ? ` (${unread})` : ""}
          </button>
        ))}
      </div>
      {markRead.isError && <ErrorAlert error={markRead.error} />}
      {inbox.isPending ? (
        <LoadingState label="Loading your inbox…" />
      ) : inbox.isError ? (
        <ErrorAlert error={inbox.error} onRetry={() => void inbox.refetch()} />
      ) : items.length === 0 ? (
        <p className="inbox-empty">
          {filter === "unread"
            ? "Nothing unread. Mentions of you, replies to you and reviews of your annotations appear here."
            : "No mentions, replies or reviews yet."}
        </p>
      ) : (
        <ul className="inbox-list" aria-label={filter === "unread" ? "Unread inbox items" : "Inbox items"}>
          {items.map((item) => (
            <InboxEntry key={item.id} item={item} onOpen={open} />
          ))}
        </ul>
      )}
      {inbox.hasNextPage && (
        <button
          type="button"
          className="button button-secondary"
          disabled={inbox.isFetchingNextPage}
          onClick={() => void inbox.fetchNextPage()}
        >
          {inbox.isFetchingNextPage ? "Loading…" : "Show more"}
        </button>
      )}
    </div>
  );
}
