import { Link } from "react-router";
import { dueLabel, dueState, TASK_LABELS } from "./due-date.ts";
import type { Assignment } from "./use-assignments.ts";

interface AssignmentItemProps {
  assignment: Assignment;
  today: string;
  busy: boolean;
  onComplete: (done: boolean) => void;
}

/** One assignment: the statement (a link to it), the task, when it is due (overdue marked), who assigned it, done. */
export function AssignmentItem({ assignment: a, today, busy, onComplete }: AssignmentItemProps) {
  const done = a.doneAt !== null;
  const due = dueState(a.dueDate, today, done);
  const reader = `/s/${encodeURIComponent(a.statement.slug)}`;
  return (
    <li className={`assignment-item assignment-${due}`}>
      <div className="assignment-text">
        <h2 className="assignment-title">
          <Link to={reader}>{a.statement.title}</Link>
        </h2>
        <p className="assignment-meta">
          <span className={`assignment-task assignment-task-${a.task}`}>{TASK_LABELS[a.task]}</span>
          <span className="assignment-due">{dueLabel(a.dueDate, today, done)}</span>
          <span>Assigned by {a.assignedBy.name}</span>
        </p>
        {a.task === "review" && (
          <p className="assignment-meta">
            <Link to={`/review?statement=${encodeURIComponent(a.statement.slug)}&assigned=me`}>Review its annotations</Link>
          </p>
        )}
      </div>
      {a.can.complete && (
        <button type="button" className="button button-secondary" disabled={busy} onClick={() => onComplete(!done)}>
          {done ? "Reopen" : "Mark done"}
          <span className="visually-hidden">: {a.statement.title}</span>
        </button>
      )}
    </li>
  );
}
