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
    const refusal = refusalOf(e);
    if (refusal) return refusal;
    throw e;
  }
}

/**
 * What a task's error tells the caller, or null for a bug (which stays a 500). The parsers are meant to be iterative
 * or depth-capped; should one still recurse past the stack on some input, that input is refused as too complex.
 */
export function refusalOf(e: unknown): TaskOutcome | null {
  if (e instanceof AppError) return { ok: false, code: e.code, message: e.message, details: e.details };
  if (e instanceof RangeError && /call stack/iu.test(e.message)) {
    const message = "this nests too deeply to process; simplify it or send it in smaller parts";
    return { ok: false, code: "too_complex", message, details: { limit: "nesting" } };
  }
  return null;
}
