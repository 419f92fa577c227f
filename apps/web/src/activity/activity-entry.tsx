import { Link } from "react-router";
import { fullTime, relativeTime } from "../lib/relative-time.ts";
import { activityHref, activityVerb } from "./activity-sentence.ts";
import type { ActivityItem } from "./use-activity.ts";

/** "Ada tagged a position in ‘Statement…’ · 5 minutes ago", with the quote or comment beneath. */
export function ActivityEntry({ item, now }: { item: ActivityItem; now: number }) {
  const href = activityHref(item);
  return (
    <li className="activity-entry">
      <p className="activity-sentence">
        <strong>{item.actor.name}</strong> {activityVerb(item)}{" "}
        {item.statement ? (
          <>
            in <Link to={href}>‘{item.statement.title}’</Link>
          </>
        ) : (
          <>
            in the <Link to={href}>codebook</Link>
          </>
        )}
        {" · "}
        <time dateTime={item.at} title={fullTime(item.at)}>
          {relativeTime(item.at, now)}
        </time>
      </p>
      {item.annotation?.quote && <q className="activity-quote">{item.annotation.quote}</q>}
      {item.comment?.excerpt && <p className="activity-comment">{item.comment.excerpt}</p>}
    </li>
  );
}
