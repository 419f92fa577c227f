import { parentPort } from "node:worker_threads";
import { workerData } from "piscina";
import type { TaskMessage, TaskOutcome } from "../../src/work/work-thread.ts";

/**
 * A work-pool thread for tests whose subject is the pool itself. Its task holds the thread, as a parser caught in a
 * hostile text would, until the test opens the gate (a shared Int32Array set to 1), then answers an empty reading
 * (read-import.ts's shape: the preview's task).
 * Content "hog" allocates until the thread's heap limit stops it.
 */
export default function gatedTask({ id, input }: TaskMessage): TaskOutcome {
  parentPort?.postMessage({ workStarted: id });
  // The preview's task takes its text as `text` (read-import.ts), readStatement as the input itself.
  const given = input as { content?: string; text?: { content?: string } };
  if ((given.text?.content ?? given.content) === "hog") {
    const hoard: number[][] = [];
    for (;;) hoard.push(Array.from({ length: 100_000 }, (_, i) => i));
  }
  const gate = new Int32Array((workerData as { gate: SharedArrayBuffer }).gate);
  while (Atomics.load(gate, 0) === 0) Atomics.wait(gate, 0, 0, 1_000);
  const statement = { paragraphs: [], nextParagraph: 1, nextHeading: 1, dropped: [], metadata: {}, fingerprint: [] };
  const source = { format: "text", name: null, encoding: null, pages: null };
  return { ok: true, value: { source, kept: { format: "text", content: "" }, statement, repairs: [], footnotes: [], record: null } };
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
