// Corpus search and analysis (issue 17, "Performance"): 5,000 statements (about 300,000 paragraphs, 15 million words)
// and 500,000 annotations, loaded once through SQL into .verbatim-bench/ and reused; then, through the API running as
// a process of its own, one-word searches for words in about 0.1%, 1% and 10% of paragraphs (p95 ≤ 100 ms), a phrase
// with three facets (p95 ≤ 200 ms), the facets of a search over everything (≤ 300 ms) and a delegation × topic matrix
// (≤ 300 ms), each beside the same SQL run directly in PostgreSQL. BENCH_CORPUS_STATEMENTS (and
// BENCH_CORPUS_ANNOTATIONS, 100 per statement by default) make a smaller corpus, cached in a folder of its own.
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import pg from "pg";
import { MatrixQuery } from "@verbatim/contract";
import { matrixSql } from "../apps/api/src/features/analysis/matrix-sql.ts";
import { startApiProcess } from "./support/api-process.ts";
import { openCorpus } from "./support/corpus-cache.ts";
import { serverSettings } from "./support/corpus-server-settings.ts";
import { explainSlowest } from "./support/corpus-explain.ts";
import { type Case, describe, directFacets, directSearch, measure, type Timings } from "./support/corpus-timing.ts";
import { FIRST_YEAR, YEARS } from "./support/corpus-vocabulary.ts";
import { planOf } from "./support/corpus-words.ts";

const STATEMENTS = Number(process.env.BENCH_CORPUS_STATEMENTS ?? 5_000);
const ANNOTATIONS = Number(process.env.BENCH_CORPUS_ANNOTATIONS ?? STATEMENTS * 100);
const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const WARMUP = 3;
/** A case stops early (after 5 runs at least) once its runs have taken this long. */
const BUDGET_MS = Number(process.env.BENCH_CASE_SECONDS ?? 120) * 1000;

const corpus = await openCorpus(STATEMENTS, ANNOTATIONS);
const { load, words } = corpus.marker;
const pool = new pg.Pool({ connectionString: corpus.database.url, max: 4 });
const pct = (f: number) => `${(100 * f).toFixed(f < 0.01 ? 2 : 1)}%`;
try {
  console.log(
    `corpus: ${load.statements.toLocaleString("en")} statements, ${load.paragraphs.toLocaleString("en")} paragraphs, ` +
      `${(load.words / 1e6).toFixed(1)} million words, ${load.annotations.toLocaleString("en")} annotations; ` +
      (corpus.reused ? `cache reused (loaded ${corpus.marker.loadedAt} in ` : "loaded now (in ") +
      `${load.seconds["total load"]!.toFixed(0)} s: ${Object.entries(load.seconds)
        .filter(([k]) => k !== "total load")
        .map(([k, v]) => `${k} ${v.toFixed(1)} s`)
        .join("; ")})`,
  );
  console.log(
    `search vectors: computing them for every paragraph takes about ${load.vectorSecondsEstimate.toFixed(0)} s of one backend ` +
      `(the trigger's share of the paragraphs' load, on two connections)`,
  );
  for (const i of load.indexes)
    console.log(
      `index ${i.name}: ${i.mb.toFixed(0)} MB, built in ${i.buildSeconds.toFixed(1)} s (maintenance_work_mem ${load.maintenanceWorkMem})`,
    );
  const sizes = load.tableMb;
  console.log(
    `tables: paragraphs ${sizes["paragraphs"]?.toFixed(0)} MB, revisions ${sizes["revisions"]?.toFixed(0)} MB, annotations ` +
      `${sizes["annotations"]?.toFixed(0)} MB, annotation_codes ${sizes["annotation_codes"]?.toFixed(0)} MB`,
  );
  const { rows: settings } = await pool.query<{ name: string; value: string }>(
    "SELECT name, current_setting(name) AS value FROM unnest($1::text[]) AS name",
    [Object.keys(serverSettings())],
  );
  console.log(`PostgreSQL settings (a server's, not the embedded default's): ${settings.map((r) => `${r.name} ${r.value}`).join(", ")}`);
  console.log(
    `load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(", ")} on ${os.cpus().length} CPUs; ${RUNS} runs per case after ${WARMUP} to warm up (fewer past ${BUDGET_MS / 1000} s)`,
  );

  const api = await startApiProcess(corpus.database.url);
  const headers = { authorization: `Bearer ${load.token}` };
  const get = async (path: string, params: Record<string, string | string[]>) => {
    const query = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) for (const x of [v].flat()) query.append(k, x);
    const res = await fetch(`${api.url}${path}?${query}`, { headers });
    const body = await res.text();
    if (!res.ok) throw Object.assign(new Error(`GET ${path}?${query}: ${res.status} ${body.slice(0, 300)}`), { status: res.status });
    return JSON.parse(body) as Record<string, unknown>;
  };
  // A search is measured as the web app asks it: its results (GET /api/search?facets=false, the first page and the
  // total) and, beside them, its facets (GET /api/search/facets); the issue's figures are for each.
  const searchCase = async (name: string, goalMs: number, params: Record<string, string | string[]>): Promise<Case> => ({
    name,
    goalMs,
    api: async () => void (await get("/api/search", { ...params, facets: "false" })),
    ...directSearch(pool, await planOf(pool, load.workspaceId, params)),
  });
  const facetsCase = async (name: string, goalMs: number, params: Record<string, string | string[]>): Promise<Case> => ({
    name,
    goalMs,
    api: async () => void (await get("/api/search/facets", params)),
    ...directFacets(pool, await planOf(pool, load.workspaceId, params)),
  });
  try {
    const { rows: top } = await pool.query<{ delegation: string }>(
      "SELECT delegation FROM statements GROUP BY delegation ORDER BY count(*) DESC, delegation LIMIT 10",
    );
    const phrase = {
      q: '"international cooperation"',
      delegation: top.map((t) => t.delegation),
      year: [String(FIRST_YEAR + YEARS - 2), String(FIRST_YEAR + YEARS - 1)],
      kind: "position",
    };
    const everyYear = { year: Array.from({ length: YEARS }, (_, i) => String(FIRST_YEAR + i)) };
    const cases: Case[] = await Promise.all([
      ...words.bands.map((w) =>
        searchCase(
          `one word "${w.word}" (in ${pct(w.fraction)} of paragraphs, ${w.hits.toLocaleString("en")}; asked ~${pct(w.target)})`,
          100,
          {
            q: w.word,
          },
        ),
      ),
      searchCase(`phrase ${phrase.q}, 10 delegations, years ${phrase.year.join(" and ")}, kind position`, 200, phrase),
      facetsCase(
        `facets over everything: no words, year = every year (${load.paragraphs.toLocaleString("en")} paragraphs)`,
        300,
        everyYear,
      ),
      facetsCase(`facets of the commonest word "${words.commonest.word}" (in ${pct(words.commonest.fraction)} of paragraphs)`, 300, {
        q: words.commonest.word,
      }),
    ]);
    const matrixQuery = { rows: "delegation", cols: "topic" };
    const matrixAvailable = await get("/api/analysis/matrix", matrixQuery).then(
      () => true,
      (e: { status?: number }) => {
        if (e.status === 404) return false;
        throw e;
      },
    );
    if (matrixAvailable) {
      const { rows, cols, breakdown, ...filters } = MatrixQuery.parse(matrixQuery);
      const sql = matrixSql({ workspaceId: load.workspaceId, rows, cols, breakdown, filters });
      cases.push({
        name: `matrix delegation × topic over all ${load.annotations.toLocaleString("en")} annotations (stance breakdown)`,
        goalMs: 300,
        api: async () => void (await get("/api/analysis/matrix", matrixQuery)),
        direct: async () => {
          const s = performance.now();
          await pool.query(sql.text, sql.values);
          return { total: performance.now() - s };
        },
        sql: { matrix: sql },
      });
    } else console.log("matrix: endpoint not available");

    const results: { case: Case; timings: Timings }[] = [];
    for (const c of cases) {
      const timings = await measure(c, RUNS, WARMUP, BUDGET_MS);
      for (const line of describe(c, timings)) console.log(line);
      results.push({ case: c, timings });
    }
    await explainSlowest(pool, results);
    mkdirSync("bench-results", { recursive: true });
    writeFileSync(
      "bench-results/corpus.json",
      JSON.stringify(
        {
          load: { ...load, wordCounts: undefined },
          words,
          results: results.map((r) => ({ name: r.case.name, goalMs: r.case.goalMs, ...r.timings })),
        },
        null,
        2,
      ),
    );
  } finally {
    await api.stop();
  }
} finally {
  await pool.end();
  await corpus.database.close();
}
