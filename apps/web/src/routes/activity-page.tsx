import { ActivityEntry } from "../activity/activity-entry.tsx";
import { ActivityFilters } from "../activity/activity-filters.tsx";
import { readActivityParams, writeActivityParams } from "../activity/activity-params.ts";
import { useActivity } from "../activity/use-activity.ts";
import { type FilterOption, useMemberOptions, useStatementOptions } from "../activity/use-filter-options.ts";
import { useUrlParams } from "../compare/use-url-params.ts";
import { ErrorAlert } from "../components/error-alert.tsx";
import { LoadingState } from "../components/loading-state.tsx";

/** The workspace's feed of recent changes, filterable by member and statement (kept in the URL). */
export function ActivityPage() {
  const [params, update] = useUrlParams(readActivityParams, writeActivityParams);
  const activity = useActivity(params);
  const members = useMemberOptions();
  const statements = useStatementOptions();
  const items = activity.data?.pages.flatMap((page) => page.items) ?? [];
  // Until the member list arrives (or if it cannot be read), offer the people the feed shows.
  const memberOptions: FilterOption[] = members.data ?? [
    ...new Map(items.map((i) => [i.actor.id, { value: i.actor.id, label: i.actor.name }])).values(),
  ];
  // Times read "5 minutes ago" as of the last fetch, which the feed repeats every 15 seconds.
  const now = activity.dataUpdatedAt;

  return (
    <section className="activity-page" aria-labelledby="activity-heading">
      <h1 id="activity-heading">Activity</h1>
      <ActivityFilters params={params} members={memberOptions} statements={statements.data ?? []} onChange={update} />
      {activity.isPending ? (
        <LoadingState label="Loading recent changes…" />
      ) : activity.isError ? (
        <ErrorAlert error={activity.error} onRetry={() => void activity.refetch()} />
      ) : items.length === 0 ? (
        <p className="activity-empty">{params.member || params.statement ? "Nothing matches these filters yet." : "No changes yet."}</p>
      ) : (
        <>
          <ol className="activity-feed" aria-label="Recent changes">
            {items.map((item) => (
              <ActivityEntry key={item.id} item={item} now={now} />
            ))}
          </ol>
          {activity.hasNextPage && (
            <button
              type="button"
              className="button button-secondary"
              disabled={activity.isFetchingNextPage}
              onClick={() => void activity.fetchNextPage()}
            >
              {activity.isFetchingNextPage ? "Loading…" : "Load more"}
            </button>
          )}
        </>
      )}
    </section>
  );
}
