import { formatDate } from "@verbatim/core";

export type DueState = "overdue" | "today" | "upcoming" | "none";

/** Today's calendar day where the reader is (YYYY-MM-DD): a due date is a day, so it is compared with the local one. */
export function localDay(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Overdue once the due day has passed; ISO dates compare as text. Done work is never overdue. */
export function dueState(dueDate: string | null, today: string, done = false): DueState {
  if (!dueDate) return "none";
  if (done || dueDate > today) return "upcoming";
  return dueDate === today ? "today" : "overdue";
}

/** "Overdue: due 3 March 2031", "Due today", "Due 3 March 2031", "No due date". */
export function dueLabel(dueDate: string | null, today: string, done = false): string {
  if (!dueDate) return "No due date";
  const state = dueState(dueDate, today, done);
  if (state === "today") return "Due today";
  return state === "overdue" ? `Overdue: due ${formatDate(dueDate)}` : `Due ${formatDate(dueDate)}`;
}

export const TASK_LABELS = { tag: "Tag", review: "Review" } as const;
