import type { ErrorCode } from "@verbatim/contract";
import { AppError } from "../http/app-error.ts";
import { type TaskName, workTasks } from "./work-tasks.ts";

export interface TaskMessage {
  name: TaskName;
  input: unknown;
}

/** A refusal crosses the thread boundary as data: an Error loses its class and fields on the way. */
export type TaskOutcome = { ok: true; value: unknown } | { ok: false; code: ErrorCode; message: string; details: unknown };

/** The worker thread's entry (piscina calls the default export once per task). */
export default function runTask({ name, input }: TaskMessage): TaskOutcome {
  const task = workTasks[name] as (input: unknown) => unknown;
  try {
    return { ok: true, value: task(input) };
  } catch (e) {
    if (e instanceof AppError) return { ok: false, code: e.code, message: e.message, details: e.details };
    throw e;
  }
}
