import type { ChildProcess } from "node:child_process";

export interface SupervisorOptions {
  /** Starts the postmaster again; resolves with its process once it accepts connections. */
  restart(): Promise<ChildProcess>;
  log: (message: string) => void;
  /** The first wait after an exit, doubled after each failed start up to maxDelayMs. */
  minDelayMs?: number;
  maxDelayMs?: number;
  /** A postmaster that stayed up this long starts the back-off from minDelayMs again when it next exits. */
  stableMs?: number;
}

export interface Supervision {
  /** No more restarts: waits for one under way, after which the caller stops whatever runs. */
  stop(): Promise<void>;
}

const hasExited = (child: ChildProcess) => child.exitCode !== null || child.signalCode !== null;

/**
 * Restarts the embedded postmaster whenever it exits without being asked to (killed, crashed), with exponential
 * back-off: a start fails while the old one's backends still hold its shared memory, and a cluster that cannot start
 * must not be retried in a tight loop. Meanwhile requests answer 503 (the health route and the error handler).
 */
export function supervisePostmaster(first: ChildProcess, opts: SupervisorOptions): Supervision {
  const minDelay = opts.minDelayMs ?? 500;
  const maxDelay = opts.maxDelayMs ?? 30_000;
  const stable = opts.stableMs ?? 60_000;
  let delay = minDelay;
  let stopping = false;
  let timer: NodeJS.Timeout | undefined;
  let restarting: Promise<void> = Promise.resolve();

  const watch = (child: ChildProcess) => {
    const upSince = Date.now();
    const onExit = () => {
      if (stopping) return;
      if (Date.now() - upSince >= stable) delay = minDelay;
      opts.log(`embedded PostgreSQL (process ${child.pid}) exited (${child.signalCode ?? `code ${child.exitCode}`}); restarting it`);
      schedule();
    };
    // It may have exited between becoming ready and this listener: then no exit event is left to come.
    if (hasExited(child)) onExit();
    else child.once("exit", onExit);
  };

  const schedule = () => {
    const wait = delay;
    delay = Math.min(delay * 2, maxDelay);
    timer = setTimeout(() => {
      restarting = attempt(wait);
    }, wait);
  };

  const attempt = async (waited: number) => {
    try {
      const child = await opts.restart();
      if (stopping) return;
      opts.log(`embedded PostgreSQL restarted (process ${child.pid}) after ${waited} ms`);
      watch(child);
    } catch (e) {
      if (stopping) return;
      opts.log(`embedded PostgreSQL did not restart: ${e instanceof Error ? e.message : String(e)}; trying again in ${delay} ms`);
      schedule();
    }
  };

  watch(first);
  return {
    async stop() {
      stopping = true;
      clearTimeout(timer);
      await restarting;
    },
  };
}
