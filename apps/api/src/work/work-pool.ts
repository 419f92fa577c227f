import os from "node:os";
import { Piscina } from "piscina";
import { AppError } from "../http/app-error.ts";
import type { TaskName, WorkTasks } from "./work-tasks.ts";
import type { TaskMessage, TaskOutcome } from "./work-thread.ts";

export interface WorkBudget {
  /** Wall-clock time a task may take before its thread is stopped. */
  timeMs: number;
}

/** What a request may spend: parsing a 2 MB text takes well under a second, so ten is generous. */
export const REQUEST_BUDGET: WorkBudget = { timeMs: 10_000 };

/** Heap per worker thread: a task that needs more is stopped, and the request refused, instead of the API swapping. */
const HEAP_MB = 512;

export interface WorkPoolOptions {
  threads?: number;
  /** Tasks that may wait for a thread; past that, callers get 503 server_busy rather than an ever longer queue. */
  maxQueue?: number;
  heapMb?: number;
  /** What `run` spends when not told otherwise. */
  budget?: WorkBudget;
  /** Another thread entry, with data for it: tests use one whose tasks wait for the test's signal. */
  thread?: { filename: string; workerData?: unknown };
}

/**
 * Runs CPU-bound tasks (work-tasks.ts) on worker threads, so that parsing a hostile text never stalls the requests
 * beside it, each within a time and memory budget. The bundle (dist/main.mjs) ships the thread as
 * dist/work-thread.mjs; from the TypeScript sources (tests, tsx) the thread loads its source through tsx.
 */
export class WorkPool {
  /** Made on the first task: a thread costs over a second of CPU to start, which a server that never parses need not pay. */
  private started: Piscina<TaskMessage, TaskOutcome> | null = null;
  private readonly piscinaOptions: ConstructorParameters<typeof Piscina<TaskMessage, TaskOutcome>>[0];
  private readonly heapMb: number;
  private readonly budget: WorkBudget;
  private inFlight = 0;
  private lastId = 0;
  /** What starts each running task's clock, by task ID. */
  private readonly clocks = new Map<number, () => void>();
  /** Tasks running or waiting, at most: one per thread and the queue behind them. */
  private readonly capacity: number;

  constructor(opts: WorkPoolOptions = {}) {
    const bundled = import.meta.url.endsWith(".mjs");
    const threads = opts.threads ?? Math.max(1, Math.min(4, os.availableParallelism()));
    const filename = opts.thread?.filename ?? new URL(bundled ? "./work-thread.mjs" : "./work-thread.ts", import.meta.url).href;
    this.heapMb = opts.heapMb ?? HEAP_MB;
    this.budget = opts.budget ?? REQUEST_BUDGET;
    this.capacity = threads + (opts.maxQueue ?? threads * 16);
    this.piscinaOptions = {
      filename,
      execArgv: filename.endsWith(".ts") ? ["--import", "tsx"] : [],
      workerData: opts.thread?.workerData,
      // At least one: piscina spawns threads when a task is submitted, and replaces a stopped one only up to
      // minThreads, so with none kept, tasks queued behind a task stopped at its budget would wait for ever.
      minThreads: 1,
      maxThreads: threads,
      idleTimeout: 60_000,
      resourceLimits: { maxOldGenerationSizeMb: this.heapMb },
    };
  }

  private get pool(): Piscina<TaskMessage, TaskOutcome> {
    if (this.started) return this.started;
    const pool = new Piscina<TaskMessage, TaskOutcome>(this.piscinaOptions);
    pool.on("message", (message: { workStarted?: unknown }) => {
      if (typeof message?.workStarted === "number") this.clocks.get(message.workStarted)?.();
    });
    this.started = pool;
    return pool;
  }

  /** Runs a task; refusals come back as the AppError the task threw, a blown budget as 422 too_complex. */
  async run<N extends TaskName>(
    name: N,
    input: Parameters<WorkTasks[N]>[0],
    budget: WorkBudget = this.budget,
  ): Promise<Awaited<ReturnType<WorkTasks[N]>>> {
    if (this.inFlight >= this.capacity) {
      throw new AppError("server_busy", "the server is busy with other work; try again in a few seconds", { retryAfterSeconds: 5 });
    }
    let outcome: TaskOutcome;
    const id = ++this.lastId;
    const stop = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    // The budget counts from the moment the thread takes the task up: waiting for a thread is the queue's to bound.
    this.clocks.set(id, () => (timer = setTimeout(() => stop.abort(), budget.timeMs)));
    this.inFlight++;
    try {
      outcome = await this.pool.run({ id, name, input }, { signal: stop.signal });
    } catch (e) {
      throw budgetError(e, budget, this.heapMb);
    } finally {
      this.inFlight--;
      clearTimeout(timer);
      this.clocks.delete(id);
    }
    if (!outcome.ok) throw new AppError(outcome.code, outcome.message, outcome.details);
    return outcome.value as Awaited<ReturnType<WorkTasks[N]>>;
  }

  /** Tasks handed to `run` and not yet settled, and of those the ones still waiting for a thread. */
  get load(): { inFlight: number; waiting: number } {
    return { inFlight: this.inFlight, waiting: this.started?.queueSize ?? 0 };
  }

  /** Stops every thread; tasks still running are abandoned. */
  async close(): Promise<void> {
    await this.started?.destroy();
  }
}

function budgetError(e: unknown, budget: WorkBudget, heapMb: number): unknown {
  const err = e as { name?: string; code?: string; message?: string };
  if (err?.name === "AbortError") {
    return new AppError("too_complex", `this took longer than ${budget.timeMs / 1000} s to process; send it in smaller parts`, {
      limit: "time",
      seconds: budget.timeMs / 1000,
    });
  }
  if (err?.code === "ERR_WORKER_OUT_OF_MEMORY") {
    return new AppError("too_complex", "this needed more memory than a request may use; send it in smaller parts", {
      limit: "memory",
      megabytes: heapMb,
    });
  }
  return e;
}
