import { useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { NavLink, useLocation } from "react-router";
import { placementCountsQuery, usePlacementCounts } from "./use-placements.ts";

/** "Needs placing" in the main nav, with a badge of how many wait (fuzzy and orphaned together). */
export function PlacingNavLink() {
  const counts = usePlacementCounts();
  const queryClient = useQueryClient();
  const { pathname } = useLocation();
  // A revision added in the reader may have left some: look again on moving between pages, besides the poll.
  useEffect(() => {
    void queryClient.invalidateQueries({ queryKey: placementCountsQuery().queryKey });
  }, [pathname, queryClient]);
  const waiting = (counts.data?.fuzzy ?? 0) + (counts.data?.orphaned ?? 0);
  return (
    <NavLink to="/placing" aria-label={waiting > 0 ? `Needs placing, ${waiting} waiting` : "Needs placing"} className="inbox-nav-link">
      Needs placing
      {waiting > 0 && (
        <span className="inbox-badge" aria-hidden="true">
          {waiting > 99 ? "99+" : waiting}
        </span>
      )}
    </NavLink>
  );
}
