import { parentPort } from "node:worker_threads";
import { workerData } from "piscina";
import type { TaskMessage, TaskOutcome } from "../../src/work/work-thread.ts";

/**
 * A work-pool thread for tests whose subject is the pool itself. Its task holds the thread, as a parser caught in a
 * hostile text would, until the test opens the gate (a shared Int32Array set to 1), then answers an empty preview.
 * Content "hog" allocates until the thread's heap limit stops it.
 */
export default function gatedTask({ id, input }: TaskMessage): TaskOutcome {
  parentPort?.postMessage({ workStarted: id });
  if ((input as { content?: string }).content === "hog") {
    const hoard: number[][] = [];
    for (;;) hoard.push(Array.from({ length: 100_000 }, (_, i) => i));
  }
  const gate = new Int32Array((workerData as { gate: SharedArrayBuffer }).gate);
  while (Atomics.load(gate, 0) === 0) Atomics.wait(gate, 0, 0, 1_000);
  return { ok: true, value: { paragraphs: [], nextParagraph: 1, nextHeading: 1, dropped: [], metadata: {}, fingerprint: [] } };
}

/** A closed gate, the thread entry that waits on it, and how to open it. */
export function workGate() {
  const gate = new SharedArrayBuffer(4);
  return {
    thread: { filename: new URL("./gate-thread.ts", import.meta.url).href, workerData: { gate } },
    open() {
      const view = new Int32Array(gate);
      Atomics.store(view, 0, 1);
      Atomics.notify(view, 0);
    },
  };
}
