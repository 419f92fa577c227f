import { ASSIGNMENT_TASKS, type AssignmentTask } from "@verbatim/contract";
import { useId, useState, type FormEvent } from "react";
import { isApiError } from "../api/api-error.ts";
import { LoadingState } from "../components/loading-state.tsx";
import { Modal } from "../components/modal.tsx";
import { errorMessage } from "../lib/error-message.ts";
import { assignedMessage, refusedMessage } from "./assign-messages.ts";
import { TASK_LABELS } from "./due-date.ts";
import { useAssignableMembers, useCreateAssignments } from "./use-assignments.ts";

export interface AssignTarget {
  slug: string;
  title: string;
}

const TASK_HINTS: Record<AssignmentTask, string> = {
  tag: "Tag the statement's passages",
  review: "Review the statement's proposed annotations",
};

/** "Assign…": a task, the people the API says may take it, an optional due date; for one statement or several. */
export function AssignDialog({
  statements,
  onClose,
  onDone,
}: {
  statements: AssignTarget[];
  onClose: () => void;
  onDone: (m: string) => void;
}) {
  const titleId = useId();
  const members = useAssignableMembers(true);
  const create = useCreateAssignments();
  const [task, setTask] = useState<AssignmentTask>("tag");
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [problem, setProblem] = useState<string | null>(null);
  const offered = members.data?.[task] ?? [];
  const picked = offered.filter((m) => chosen.has(m.id));

  const toggle = (id: string, on: boolean) =>
    setChosen((prev) => {
      const next = new Set(prev);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (create.isPending) return;
    if (picked.length === 0) return setProblem("Choose at least one person.");
    const dueDate = String(new FormData(event.currentTarget).get("dueDate") ?? "") || null;
    setProblem(null);
    create.mutate(
      { statements: statements.map((s) => s.slug), assignees: picked.map((m) => m.id), task, dueDate },
      {
        onSuccess: () => onDone(assignedMessage(task, statements, picked)),
        onError: (error) =>
          setProblem(isApiError(error, "invalid_assignee") ? refusedMessage(error.details, offered) : errorMessage(error)),
      },
    );
  }

  return (
    <Modal labelledBy={titleId} onClose={create.isPending ? () => {} : onClose} className="assign-dialog">
      <form className="modal-form" onSubmit={onSubmit} noValidate>
        <header className="modal-header">
          <h2 id={titleId}>{statements.length === 1 ? "Assign statement" : `Assign ${statements.length} statements`}</h2>
        </header>
        <div className="modal-body assign-body">
          <p className="assign-statements">{statements.map((s) => s.title).join("; ")}</p>
          <fieldset className="assign-choice">
            <legend>Task</legend>
            {ASSIGNMENT_TASKS.map((t) => (
              <label key={t} className="checkbox-field">
                <input type="radio" name="task" value={t} checked={task === t} onChange={() => setTask(t)} />
                {TASK_LABELS[t]}: {TASK_HINTS[t]}
              </label>
            ))}
          </fieldset>
          <fieldset className="assign-choice">
            <legend>Assign to</legend>
            {members.isPending && <LoadingState label="Loading members…" />}
            {members.isError && <p className="field-error">{errorMessage(members.error)}</p>}
            <div className="assign-people">
              {offered.map((m) => (
                <label key={m.id} className="checkbox-field">
                  <input type="checkbox" checked={chosen.has(m.id)} onChange={(e) => toggle(m.id, e.target.checked)} />
                  {m.name}
                </label>
              ))}
            </div>
          </fieldset>
          <div className="field">
            <label htmlFor={`${titleId}-due`}>Due date (optional)</label>
            <input id={`${titleId}-due`} name="dueDate" type="date" />
          </div>
          {problem && (
            <p className="field-error" role="alert">
              {problem}
            </p>
          )}
        </div>
        <footer className="modal-footer">
          <div className="modal-actions">
            <button type="button" className="button button-secondary" onClick={onClose} disabled={create.isPending}>
              Cancel
            </button>
            <button type="submit" className="button button-primary" disabled={create.isPending}>
              {create.isPending ? "Assigning…" : "Assign"}
            </button>
          </div>
        </footer>
      </form>
    </Modal>
  );
}
