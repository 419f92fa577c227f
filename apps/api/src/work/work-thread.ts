import { parentPort } from "node:worker_threads";
import type { ErrorCode } from "@verbatim/contract";
import { AppError } from "../http/app-error.ts";
import { type TaskName, workTasks } from "./work-tasks.ts";

export interface TaskMessage {
  /** Told back to the pool when the task starts, which starts its clock (a task's wait for a thread is not its time). */
  id: number;
  name: TaskName;
  input: unknown;
}

/** A refusal crosses the thread boundary as data: an Error loses its class and fields on the way. */
export type TaskOutcome = { ok: true; value: unknown } | { ok: false; code: ErrorCode; message: string; details: unknown };

/** The worker thread's entry (piscina calls the default export once per task). */
export default async function runTask({ id, name, input }: TaskMessage): Promise<TaskOutcome> {
  parentPort?.postMessage({ workStarted: id });
  const task = workTasks[name] as (input: unknown) => unknown;
  try {
    return { ok: true, value: await task(input) };
  } catch (e) {
    if (e instanceof AppError) return { ok: false, code: e.code, message: e.message, details: e.details };
    throw e;
  }
}
