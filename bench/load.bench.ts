// Load: 50 signed-in clients, each waiting 100 ms between requests, four in five reads, for 60 s, against the API
// as a process of its own on the embedded PostgreSQL: throughput, latency quantiles, errors, RSS. Then /api/health's
// latency while one analyst sends hostile imports over and over. Goals: p95 ≤ 250 ms with 0 errors.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { migrate, openDatabase } from "../apps/api/src/db/database.ts";
import { memoryOf, sampleRss, startApiProcess } from "./support/api-process.ts";
import { type BenchClient, seedOverHttp, signIn } from "./support/bench-client.ts";
import { oneRequest, type Sample } from "./support/load-mix.ts";
import { hostileRequests } from "./support/hostile-requests.ts";
import { ms, quantile } from "./support/stats.ts";
import { syntheticStatement } from "./support/synthetic-statement.ts";
import { writeBodies } from "./support/write-bodies.ts";

const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 50);
const SESSIONS = Math.min(CLIENTS, Number(process.env.BENCH_SESSIONS ?? CLIENTS));
const SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const HOSTILE_SECONDS = Number(process.env.BENCH_HOSTILE_SECONDS ?? 30);
const THINK_MS = 100;
const STATEMENTS = 5;

const sleep = (msecs: number) => new Promise((r) => setTimeout(r, msecs));

function summary(samples: Sample[], seconds: number): string {
  const lat = samples.map((s) => s.ms);
  const errors = samples.filter((s) => s.status < 200 || s.status >= 300).length;
  return `${(samples.length / seconds).toFixed(0)} requests/s, p50 ${ms(quantile(lat, 0.5))}, p95 ${ms(quantile(lat, 0.95))}, p99 ${ms(quantile(lat, 0.99))}, errors ${errors}`;
}

const dataDir = mkdtempSync(path.join(os.tmpdir(), "verbatim-bench-load-"));
const database = await openDatabase({ dataDir, log: () => {} });
try {
  await migrate(database.url, () => {});
  const api = await startApiProcess(database.url);
  try {
    const text = syntheticStatement(4_000);
    const seeded = await seedOverHttp(api.url, text);
    const slugs = [seeded.statement.slug];
    for (let i = 1; i < STATEMENTS; i++) {
      const res = await seeded.client.call("POST", "/api/statements", { title: `Bench statement ${i + 1}`, format: "text", content: text });
      slugs.push((res.body as { statement: { slug: string } }).statement.slug);
    }
    const target = { slugs, bodies: writeBodies(seeded.statement.paragraphs, 5_000) };
    const clients: BenchClient[] = [];
    // A session per client; BENCH_SESSIONS shares fewer among them (a build whose sign-in allows fewer per account).
    const sessions: BenchClient[] = [];
    for (let i = 0; i < SESSIONS; i++) sessions.push(await signIn(api.url, seeded.email, seeded.password));
    for (let i = 0; i < CLIENTS; i++) clients.push(sessions[i % SESSIONS]!);
    for (let i = 0; i < 300; i++) await oneRequest(seeded.client, target, i * 5);
    console.log(
      `load average ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(", ")} on ${os.cpus().length} CPUs; ${CLIENTS} clients, ${THINK_MS} ms between requests, ${SECONDS} s`,
    );
    console.log(`API process at rest: ${memoryOf(api.pid).rss.toFixed(0)} MB RSS`);

    const rss = sampleRss(api.pid, 200);
    const samples: Sample[] = [];
    const until = performance.now() + SECONDS * 1000;
    await Promise.all(
      clients.map(async (client, c) => {
        for (let i = c; performance.now() < until; i += CLIENTS) {
          samples.push(await oneRequest(client, target, i));
          await sleep(THINK_MS);
        }
      }),
    );
    console.log(`mixed load:  ${summary(samples, SECONDS)}`);
    console.log(
      `  reads:     ${summary(
        samples.filter((s) => s.kind === "read"),
        SECONDS,
      )}`,
    );
    console.log(
      `  writes:    ${summary(
        samples.filter((s) => s.kind === "write"),
        SECONDS,
      )}`,
    );
    console.log(`  peak RSS:  ${rss.stop().toFixed(0)} MB`);

    // One analyst sends, in turn, each request the issue found to stall the API, again and again; health is asked
    // every 50 ms meanwhile.
    const hostile = hostileRequests(seeded.statement.slug, seeded.statement.paragraphs);
    const hostileStatuses = new Map<string, number>();
    const health: number[] = [];
    const stopAt = performance.now() + HOSTILE_SECONDS * 1000;
    await Promise.all([
      (async () => {
        for (let i = 0; performance.now() < stopAt; i++) {
          const request = hostile[i % hostile.length]!;
          const key = `${request.name}: ${await request.send(seeded.client)}`;
          hostileStatuses.set(key, (hostileStatuses.get(key) ?? 0) + 1);
        }
      })(),
      (async () => {
        while (performance.now() < stopAt) {
          const start = performance.now();
          await fetch(`${api.url}/api/health`).then((r) => r.text());
          health.push(performance.now() - start);
          await sleep(50);
        }
      })(),
    ]);
    console.log(`hostile requests for ${HOSTILE_SECONDS} s, answered (request: status × times):`);
    for (const [key, n] of hostileStatuses) console.log(`  ${key} × ${n}`);
    console.log(
      `  /api/health meanwhile: p50 ${ms(quantile(health, 0.5))}, p95 ${ms(quantile(health, 0.95))}, max ${ms(Math.max(...health))}`,
    );
  } finally {
    await api.stop();
  }
} finally {
  await database.close();
  rmSync(dataDir, { recursive: true, force: true });
}
