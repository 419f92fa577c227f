// Live events across two API instances (child processes) on one database:
// 1. 50 event-stream clients (25 on each instance) on one statement while 1,000 annotations are created through
//    both instances, each then edited once through the other: every client receives every event, in order per
//    annotation. Delivery latency p50/p95, from the create request's send time and from the event's commit.
// 2. 20 concurrent writers updating the same 50 annotations for BENCH_WRITERS_SECONDS (30): no lost update (each
//    annotation's counter equals its accepted updates), every refusal a 409.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { migrate, openDatabase } from "../apps/api/src/db/database.ts";
import { ApiClient } from "../apps/api/test/support/api-client.ts";
import { runWriters } from "../apps/api/test/support/concurrent-writers.ts";
import { startApiProcess } from "./support/api-process.ts";
import { changesOf, checkDelivery, countChanges, openClients } from "./support/live-clients.ts";
import { ms, quantile } from "./support/stats.ts";
import { syntheticStatement } from "./support/synthetic-statement.ts";

const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 50);
const ANNOTATIONS = Number(process.env.BENCH_ANNOTATIONS ?? 1_000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
const WRITERS = 20;
const WRITER_ANNOTATIONS = 50;
const WRITERS_SECONDS = Number(process.env.BENCH_WRITERS_SECONDS ?? 30);

const dataDir = mkdtempSync(path.join(os.tmpdir(), "verbatim-bench-live-"));
const database = await openDatabase({ dataDir, log: () => {} });
try {
  await migrate(database.url, () => {});
  const instances = await Promise.all([startApiProcess(database.url), startApiProcess(database.url)]);
  const urls = instances.map((i) => i.url);
  try {
    const admin = new ApiClient(urls[0]!);
    await admin.post("/api/setup", {
      workspaceName: "Bench",
      name: "Bench Analyst",
      email: "bench@example.org",
      password: "bench-password-long",
    });
    const token: string = (await admin.post("/api/tokens", { name: "bench" })).body.token;
    const via = urls.map((url) => new ApiClient(url, token));
    const { statement } = (
      await via[0]!.post("/api/statements", { title: "Bench: live", format: "text", content: syntheticStatement(3_000) })
    ).body;
    const paragraphs = (statement.paragraphs as { id: string; kind: string; text: string }[]).filter(
      (p) => p.kind === "paragraph" && p.text.length > 80,
    );

    // 1. Fan-out.
    const clients = await openClients(urls, statement.slug, token, CLIENTS);
    const sentAt = new Map<string, number>();
    let next = 0;
    const t0 = performance.now();
    const worker = async () => {
      for (let i = next++; i < ANNOTATIONS; i = next++) {
        const p = paragraphs[i % paragraphs.length]!;
        const body = {
          kind: "position",
          target: { paragraphId: p.id, start: i % 40, end: 50 + (i % 30) },
          attributes: { stance: "notes" },
        };
        const sent = Date.now();
        const created = await via[i % 2]!.post(`/api/statements/${statement.slug}/annotations`, body);
        if (created.status !== 201) throw new Error(`create → ${created.status} ${created.text}`);
        sentAt.set(created.body.annotation.id, sent);
        const edited = await via[(i + 1) % 2]!.patch(`/api/annotations/${created.body.annotation.id}`, { version: 1, labels: ["edited"] });
        if (edited.status !== 200) throw new Error(`edit → ${edited.status} ${edited.text}`);
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    const writeSeconds = (performance.now() - t0) / 1000;
    const expected = 2 * ANNOTATIONS;
    const deadline = performance.now() + 60_000;
    while (performance.now() < deadline && clients.some((c) => countChanges(c) < expected)) await new Promise((r) => setTimeout(r, 100));
    const ids: string[] = [...new Set(changesOf(clients[0]!).map((r) => r.event.id))];
    const problems = checkDelivery(clients, ids.length === expected ? ids : Array.from({ length: expected }, (_, i) => `missing-${i}`));
    const fromSend: number[] = [];
    const fromCommit: number[] = [];
    for (const client of clients) {
      for (const { event, receivedAt } of changesOf(client)) {
        fromCommit.push(receivedAt - Date.parse(event.at));
        if (event.type === "annotation.created") fromSend.push(receivedAt - sentAt.get(event.annotation.id)!);
      }
      client.close();
    }
    const delivered = clients.reduce((n, c) => n + changesOf(c).length, 0);
    console.log(
      `${CLIENTS} clients on 2 instances, ${ANNOTATIONS.toLocaleString("en")} creates + ${ANNOTATIONS.toLocaleString("en")} edits through both in ${writeSeconds.toFixed(1)} s: ` +
        `${delivered.toLocaleString("en")} of ${(CLIENTS * expected).toLocaleString("en")} deliveries, ${problems.length === 0 ? "every client got every event, in order per annotation" : `PROBLEMS: ${problems.slice(0, 5).join("; ")}`}`,
    );
    console.log(
      `delivery latency, create request sent → event received: p50 ${ms(quantile(fromSend, 0.5))}, p95 ${ms(quantile(fromSend, 0.95))}`,
    );
    console.log(
      `delivery latency, event committed → received (all events): p50 ${ms(quantile(fromCommit, 0.5))}, p95 ${ms(quantile(fromCommit, 0.95))}`,
    );

    // 2. Concurrent writers.
    const targets: string[] = [];
    for (let i = 0; i < WRITER_ANNOTATIONS; i++) {
      const p = paragraphs[i % paragraphs.length]!;
      const res = await via[0]!.post(`/api/statements/${statement.slug}/annotations`, {
        kind: "position",
        target: { paragraphId: p.id, start: 0, end: 40 },
        attributes: { stance: "notes" },
      });
      targets.push(res.body.annotation.id);
    }
    const writers = await runWriters({ urls, token, annotationIds: targets, writers: WRITERS, seconds: WRITERS_SECONDS });
    const accepted = [...writers.accepted.values()].reduce((a, b) => a + b, 0);
    const writersOk = writers.lost.length === 0 && writers.unexpected.length === 0;
    console.log(
      `${WRITERS} writers on ${WRITER_ANNOTATIONS} annotations for ${WRITERS_SECONDS} s through both instances: ${writers.requests.toLocaleString("en")} updates sent, ` +
        `${accepted.toLocaleString("en")} accepted, ${writers.conflicts.toLocaleString("en")} refused with 409, ${writers.unexpected.length} other answers; ` +
        `${writers.lost.length === 0 ? "final counters equal accepted updates (no lost update)" : `LOST: ${writers.lost.slice(0, 3).join("; ")}`} ${writersOk ? "MET" : "NOT MET"}`,
    );

    mkdirSync("bench-results", { recursive: true });
    writeFileSync(
      "bench-results/live-events.json",
      JSON.stringify(
        {
          fanOut: { clients: CLIENTS, annotations: ANNOTATIONS, events: expected, delivered, problems, writeSeconds },
          latencyMs: {
            fromSend: { p50: quantile(fromSend, 0.5), p95: quantile(fromSend, 0.95) },
            fromCommit: { p50: quantile(fromCommit, 0.5), p95: quantile(fromCommit, 0.95) },
          },
          writers: {
            writers: WRITERS,
            annotations: WRITER_ANNOTATIONS,
            seconds: WRITERS_SECONDS,
            requests: writers.requests,
            accepted,
            conflicts: writers.conflicts,
            unexpected: writers.unexpected,
            lost: writers.lost,
          },
        },
        null,
        2,
      ),
    );
    if (problems.length > 0 || !writersOk) process.exitCode = 1;
  } finally {
    await Promise.all(instances.map((i) => i.stop()));
  }
} finally {
  await database.close();
  rmSync(dataDir, { recursive: true, force: true });
}
