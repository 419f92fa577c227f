import { useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { NavLink, useLocation } from "react-router";
import { inboxLinkName } from "./inbox-href.ts";
import { inboxCountQuery, useInboxCount } from "./use-inbox.ts";

/** "Inbox" in the main nav, with a badge of unread mentions, replies and review verdicts. */
export function InboxNavLink() {
  const count = useInboxCount();
  const queryClient = useQueryClient();
  const { pathname } = useLocation();
  // Moving between pages is a natural moment to look again, besides the poll and window focus.
  useEffect(() => {
    void queryClient.invalidateQueries({ queryKey: inboxCountQuery().queryKey });
  }, [pathname, queryClient]);
  const unread = count.data ?? 0;
  return (
    <NavLink to="/inbox" aria-label={inboxLinkName(unread)} className="inbox-nav-link">
      Inbox
      {unread > 0 && (
        <span className="inbox-badge" aria-hidden="true">
          {unread > 99 ? "99+" : unread}
        </span>
      )}
    </NavLink>
  );
}
