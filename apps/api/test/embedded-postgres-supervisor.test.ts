import type { ChildProcess } from "node:child_process";
import { EventEmitter } from "node:events";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { supervisePostmaster } from "../src/db/postmaster-supervisor.ts";

// The restart schedule, on fake processes and fake timers: what the real test (embedded-postgres-restart.test.ts)
// cannot show without waiting minutes.

interface FakePostmaster extends EventEmitter {
  pid: number;
  exitCode: number | null;
  signalCode: NodeJS.Signals | null;
}

let pids = 100;
function fakePostmaster(): FakePostmaster {
  return Object.assign(new EventEmitter(), { pid: pids++, exitCode: null, signalCode: null });
}
function kill(child: FakePostmaster): void {
  child.signalCode = "SIGKILL";
  child.emit("exit", null, "SIGKILL");
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

/** A supervisor whose restarts fail `failures` times and then succeed; records when each restart was tried. */
function supervise(failures: number) {
  const tries: number[] = [];
  const started: FakePostmaster[] = [];
  const first = fakePostmaster();
  const supervision = supervisePostmaster(first as unknown as ChildProcess, {
    log: () => {},
    restart: async () => {
      tries.push(Date.now());
      if (tries.length <= failures) throw new Error("pre-existing shared memory block is still in use");
      const child = fakePostmaster();
      started.push(child);
      return child as unknown as ChildProcess;
    },
  });
  return { first, tries, started, supervision };
}

const gaps = (times: number[], from: number) => times.map((t, i) => t - (i === 0 ? from : times[i - 1]!));

describe("supervising the embedded postmaster", () => {
  it("retries a failing restart after 0.5 s, doubling to at most 30 s", async () => {
    const { first, tries, started } = supervise(8);
    const killedAt = Date.now();
    kill(first);
    await vi.advanceTimersByTimeAsync(200_000);
    expect(gaps(tries, killedAt)).toEqual([500, 1000, 2000, 4000, 8000, 16_000, 30_000, 30_000, 30_000]);
    expect(started).toHaveLength(1);
  });

  it("starts the back-off afresh once a restarted postmaster has stayed up, and not while it keeps dying", async () => {
    const { first, tries, started } = supervise(0);
    kill(first);
    await vi.advanceTimersByTimeAsync(500);
    expect(started).toHaveLength(1);

    await vi.advanceTimersByTimeAsync(1_000); // up 1 s: not stable
    let killedAt = Date.now();
    kill(started[0]!);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(gaps(tries.slice(1), killedAt)).toEqual([1_000]);

    await vi.advanceTimersByTimeAsync(60_000); // up a minute: stable
    killedAt = Date.now();
    kill(started[1]!);
    await vi.advanceTimersByTimeAsync(500);
    expect(gaps(tries.slice(2), killedAt)).toEqual([500]);
  });

  it("restarts nothing once stopped", async () => {
    const { first, tries, supervision } = supervise(0);
    kill(first);
    await supervision.stop();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(tries).toEqual([]);
  });

  it("stop() waits for a restart under way, and then leaves the new postmaster to the caller", async () => {
    const first = fakePostmaster();
    const second = fakePostmaster();
    let ready: () => void = () => {};
    let restarts = 0;
    const supervision = supervisePostmaster(first as unknown as ChildProcess, {
      log: () => {},
      restart: async () => {
        restarts++;
        await new Promise<void>((resolve) => (ready = resolve));
        return second as unknown as ChildProcess;
      },
    });
    kill(first);
    await vi.advanceTimersByTimeAsync(500);
    let stopped = false;
    const stopping = supervision.stop().then(() => (stopped = true));
    await vi.advanceTimersByTimeAsync(1_000);
    expect(stopped).toBe(false);
    ready();
    await stopping;
    kill(second);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(restarts).toBe(1);
  });
});
