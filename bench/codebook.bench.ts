// Codebook: renaming and merging a code that 100,000 annotations carry (goal: each ≤ 5 s, and no reader blocked),
// through the API running as a process of its own. The baseline is the bare SQL of a merge (moving the 100,000
// uses to the other code and raising their annotations' versions) timed in the same run on the same database;
// readers are timed before and during.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { migrate, openDatabase } from "../apps/api/src/db/database.ts";
import { startApiProcess } from "./support/api-process.ts";
import { seedExportWorkspace } from "./support/export-seed.ts";
import { median, ms, quantile } from "./support/stats.ts";

const STATEMENTS = Number(process.env.BENCH_STATEMENTS ?? 200);
const PER_STATEMENT = Number(process.env.BENCH_PER_STATEMENT ?? 500);
const GOAL_S = 5;

const dataDir = mkdtempSync(path.join(os.tmpdir(), "verbatim-bench-codebook-"));
const database = await openDatabase({ dataDir, log: () => {} });
const sql = new pg.Client({ connectionString: database.url });
try {
  await migrate(database.url, () => {});
  const seeded = await seedExportWorkspace(database.url, STATEMENTS, PER_STATEMENT);
  await sql.connect();
  // One label on every annotation (a label goes on every kind), and a second code to merge it into.
  const { rows } = await sql.query<{ from_id: string; into_id: string; uses: number }>(`
    WITH ws AS (SELECT workspace_id FROM annotations LIMIT 1),
    made AS (
      INSERT INTO codes (id, workspace_id, type, name, key, updated_at)
      SELECT gen_random_uuid(), ws.workspace_id, 'label', n, code_key(n), now() FROM ws, unnest(ARRAY['Everywhere', 'Merged into']) AS n
      RETURNING id, name
    ),
    uses AS (
      INSERT INTO annotation_codes (annotation_id, code_id, position)
      SELECT a.id, (SELECT id FROM made WHERE name = 'Everywhere'), 9 FROM annotations a
      RETURNING 1
    )
    SELECT (SELECT id FROM made WHERE name = 'Everywhere') AS from_id, (SELECT id FROM made WHERE name = 'Merged into') AS into_id,
      (SELECT count(*)::int FROM uses) AS uses`);
  const { from_id: from, into_id: into, uses } = rows[0]!;
  await sql.query("ANALYZE");
  console.log(`seeded ${seeded.annotations.toLocaleString("en")} annotations; the code "Everywhere" is on ${uses.toLocaleString("en")}`);
  console.log(
    `load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(", ")} on ${os.cpus().length} CPUs`,
  );

  // Baselines, each rolled back: the bare SQL of moving the uses, and of what the issue asks a merge to write (the
  // uses moved and the versions of their annotations raised). The ratios are against the second.
  const bare = async (statements: string[]) => {
    const t0 = performance.now();
    await sql.query("BEGIN");
    for (const statement of statements) await sql.query(statement, [into, from]);
    await sql.query("ROLLBACK");
    return performance.now() - t0;
  };
  const moveOnly = await bare([`UPDATE annotation_codes SET code_id = $1 WHERE code_id = $2`]);
  const baseline = await bare([
    `UPDATE annotations SET version = version + 1 WHERE id IN (SELECT annotation_id FROM annotation_codes WHERE code_id = $2 AND $1::uuid IS NOT NULL)`,
    `UPDATE annotation_codes SET code_id = $1 WHERE code_id = $2`,
  ]);
  console.log(
    `baseline, bare SQL moving ${uses.toLocaleString("en")} uses: ${ms(moveOnly)}; moving them and raising their annotations' versions: ${ms(baseline)}`,
  );

  const api = await startApiProcess(database.url);
  const auth = { authorization: `Bearer ${seeded.reviewerToken}`, "content-type": "application/json" };
  const call = async (method: string, url: string, body?: unknown) => {
    const res = await fetch(`${api.url}${url}`, { method, headers: auth, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
    const text = await res.text();
    if (!res.ok) throw new Error(`${method} ${url}: ${res.status} ${text}`);
    return JSON.parse(text) as Record<string, unknown>;
  };
  try {
    /** A reader loading a statement's annotations (500 of them, codes and all) over and over until stopped. */
    function reader() {
      const times: number[] = [];
      let stop = false;
      const done = (async () => {
        for (let i = 0; !stop; i++) {
          const s = performance.now();
          await call("GET", `/api/statements/${seeded.slugs[i % seeded.slugs.length]}/annotations?limit=500`);
          times.push(performance.now() - s);
        }
      })();
      return {
        async stop() {
          stop = true;
          await done;
          return times;
        },
      };
    }
    const readFor = async (millis: number) => {
      const r = reader();
      await new Promise((resolve) => setTimeout(resolve, millis));
      return r.stop();
    };
    await readFor(1_000); // warm up
    const quiet = await readFor(4_000);

    /** Times an operation with a reader running beside it. */
    async function timed(name: string, run: () => Promise<Record<string, unknown>>) {
      const r = reader();
      const start = performance.now();
      const answer = await run();
      const took = performance.now() - start;
      const during = await r.stop();
      console.log(
        `${name}: ${ms(took)} (${(took / baseline).toFixed(1)}× the bare SQL; goal ≤ ${GOAL_S} s: ${took <= GOAL_S * 1000 ? "met" : "NOT met"}); ` +
          `annotations changed ${String(answer["annotations"])}; a reader meanwhile: ${during.length} loads, median ${ms(median(during))}, ` +
          `p95 ${ms(quantile(during, 0.95))}, slowest ${ms(Math.max(...during))}`,
      );
      return answer;
    }

    console.log(`a reader at rest: ${quiet.length} loads, median ${ms(median(quiet))}, p95 ${ms(quantile(quiet, 0.95))}`);
    const code = (await call("GET", "/api/codebook/codes?type=label&q=Everywhere")).items as { id: string; version: number }[];
    await timed("rename", () => call("PATCH", `/api/codebook/codes/${from}`, { version: code[0]!.version, name: "Everywhere, renamed" }));
    const merged = await timed("merge", () => call("POST", `/api/codebook/codes/${from}/merge`, { into }));
    await timed("undo of the merge", () => call("POST", `/api/codebook/undo/${String(merged["undo"])}`));
  } finally {
    await api.stop();
  }
} finally {
  await sql.end().catch(() => {});
  await database.close();
  rmSync(dataDir, { recursive: true, force: true });
}
