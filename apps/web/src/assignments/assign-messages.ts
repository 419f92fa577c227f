import type { AssignmentTask } from "@verbatim/contract";

interface Named {
  id: string;
  name: string;
}

/** "Assigned 2 statements to Ana Analyst and Bo Analyst for tagging." */
export function assignedMessage(task: AssignmentTask, statements: readonly { title: string }[], people: readonly Named[]): string {
  const what = statements.length === 1 ? `“${statements[0]?.title ?? ""}”` : `${statements.length} statements`;
  return `Assigned ${what} to ${listOf(people.map((p) => p.name))} for ${task === "tag" ? "tagging" : "review"}.`;
}

/** The API's 422 invalid_assignee names whom it refused (their role changed, or they left): say who. */
export function refusedMessage(details: unknown, people: readonly Named[]): string {
  const ids = (details as { assignees?: unknown } | null)?.assignees;
  const names = Array.isArray(ids) ? people.filter((p) => ids.includes(p.id)).map((p) => p.name) : [];
  const who = names.length > 0 ? listOf(names) : "Someone you chose";
  return `${who} can no longer take this task (their role may have changed). Reload and choose again.`;
}

function listOf(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? "";
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}
