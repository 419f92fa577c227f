import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { migrate, openDatabase } from "../../apps/api/src/db/database.ts";
import { startApiProcess } from "./api-process.ts";
import { type BenchClient, seedOverHttp } from "./bench-client.ts";
import { median } from "./stats.ts";
import { unParagraphs } from "./un-prose.ts";
import { writeBodies } from "./write-bodies.ts";

const ANNOTATIONS = 5_000;
const GOAL_MS = 3_000;
const RUNS = 3;

/** A Corr.1 of the whole text: every seventh paragraph edited, every nineteenth deleted, a few inserted. */
function corrected(paragraphs: readonly string[], round: number): string {
  const out: string[] = [];
  paragraphs.forEach((text, i) => {
    if ((i + round) % 19 === 0) return;
    out.push((i + round) % 7 === 0 ? text.replace(/ (\S+) /, " $1 notably ") : text);
    if ((i + round) % 31 === 0) out.push(`The delegation announces a further pledge of ${i + round} million dollars to the trust fund.`);
  });
  return out.join("\n\n");
}

async function timedCall(client: BenchClient, method: string, url: string, body: unknown, expected: number) {
  const start = performance.now();
  const res = await client.call(method, url, body);
  const ms = performance.now() - start;
  if (res.status !== expected) throw new Error(`${method} ${url} → ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`);
  return { ms, body: res.body as Record<string, unknown> };
}

/**
 * Phase 2, end to end: `POST /api/statements/:slug/revisions` on the built API with its own PostgreSQL: a
 * 100,000-character statement carrying 5,000 annotations receives a revision (read, align, re-anchor, write, answer).
 * The baseline, measured in the same run, is importing the same text as a new statement (read and write, nothing to
 * align or re-anchor). Each run adds one more revision, so the statement has been revised before after the first.
 */
export async function revisionRequestPhase(): Promise<void> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "verbatim-bench-revisions-"));
  const database = await openDatabase({ dataDir, log: () => {} });
  try {
    await migrate(database.url, () => {});
    const api = await startApiProcess(database.url);
    try {
      const paragraphs = unParagraphs(100_000);
      const seeded = await seedOverHttp(api.url, paragraphs.join("\n\n"));
      const { client, statement } = seeded;
      const bodies = writeBodies(statement.paragraphs, ANNOTATIONS).map(({ labels: _labels, ...body }) => body);
      let next = 0;
      await Promise.all(
        Array.from({ length: 12 }, async () => {
          while (next < bodies.length)
            await timedCall(client, "POST", `/api/statements/${statement.slug}/annotations`, bodies[next++], 201);
        }),
      );
      console.log(
        `\nphase 2, end to end: ${paragraphs.length} paragraphs (${paragraphs.join("\n\n").length} characters), ${ANNOTATIONS} annotations`,
      );

      const imports: number[] = [];
      const previews: number[] = [];
      const revisions: number[] = [];
      let anchoring: unknown;
      for (let round = 1; round <= RUNS; round++) {
        const content = corrected(paragraphs, round);
        const title = `Imported copy ${round}`;
        imports.push((await timedCall(client, "POST", "/api/statements", { title, format: "text", content }, 201)).ms);
        const url = `/api/statements/${statement.slug}/revisions`;
        previews.push((await timedCall(client, "POST", `${url}/preview`, { format: "text", content }, 200)).ms);
        const landed = await timedCall(client, "POST", url, { format: "text", content, note: `Corr.${round}` }, 201);
        revisions.push(landed.ms);
        anchoring = landed.body.anchoring;
      }
      const revise = median(revisions);
      const baseline = median(imports);
      console.log(`baseline, importing the same text as a new statement: ${baseline.toFixed(0)} ms (median of ${RUNS})`);
      console.log(`POST …/revisions/preview: ${median(previews).toFixed(0)} ms (median of ${RUNS})`);
      console.log(
        `POST …/revisions: ${revise.toFixed(0)} ms (median of ${RUNS}; goal ≤ ${GOAL_MS} ms: ${revise <= GOAL_MS ? "within" : "OVER"}; ` +
          `${(revise / baseline).toFixed(1)}× the baseline); last anchoring ${JSON.stringify(anchoring)}`,
      );
    } finally {
      await api.stop();
    }
  } finally {
    await database.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
