import type { BenchApp } from "./bench-app.ts";
import { writeBodies } from "./write-bodies.ts";

/** Creates `count` position annotations spread over the statement's paragraphs (word-aligned, some overlapping). */
export async function annotateMany(
  app: BenchApp,
  slug: string,
  blocks: { id: string; kind: string; text: string }[],
  count: number,
  concurrency = 12,
): Promise<void> {
  // The writes benchmark's spans and stances, without its labels: this statement's highlights carry none.
  const bodies = writeBodies(blocks, count).map(({ labels: _labels, ...body }) => body);
  let next = 0;
  const worker = async () => {
    while (next < bodies.length) {
      const body = bodies[next++]!;
      await app.api("POST", `/api/statements/${slug}/annotations`, body);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}
