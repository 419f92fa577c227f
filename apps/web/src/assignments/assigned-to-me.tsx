import { useState } from "react";
import { ErrorAlert } from "../components/error-alert.tsx";
import { LoadingState } from "../components/loading-state.tsx";
import { AssignmentItem } from "./assignment-item.tsx";
import { localDay } from "./due-date.ts";
import { useAssignments, useCompleteAssignment } from "./use-assignments.ts";

/** The caller's assignments, open ones (soonest due first) or done ones, each a link to its statement. */
export function AssignedToMe() {
  const [state, setState] = useState<"open" | "done">("open");
  const assignments = useAssignments({ assignee: "me", state });
  const complete = useCompleteAssignment();
  const today = localDay(new Date());
  const items = assignments.data?.items ?? [];
  return (
    <section className="assigned" aria-labelledby="assigned-heading">
      <div className="assigned-head">
        <h1 id="assigned-heading">Assigned to me</h1>
        <label className="checkbox-field">
          <input type="checkbox" checked={state === "done"} onChange={(e) => setState(e.target.checked ? "done" : "open")} />
          Show done
        </label>
      </div>
      {assignments.isPending && <LoadingState label="Loading your assignments…" />}
      {assignments.isError && <ErrorAlert error={assignments.error} onRetry={() => void assignments.refetch()} />}
      {complete.isError && <ErrorAlert error={complete.error} />}
      {assignments.data && items.length === 0 && (
        <p className="assigned-empty">{state === "open" ? "Nothing is assigned to you. Well done." : "Nothing done yet."}</p>
      )}
      {items.length > 0 && (
        <ul className="assigned-list" aria-labelledby="assigned-heading">
          {items.map((a) => (
            <AssignmentItem
              key={a.id}
              assignment={a}
              today={today}
              busy={complete.isPending}
              onComplete={(done) => complete.mutate({ id: a.id, done })}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
