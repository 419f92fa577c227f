import { SEARCH_PAGE_SIZE } from "@verbatim/contract";
import type pg from "pg";
import type { Prisma } from "../../apps/api/src/generated/prisma/client.ts";
import {
  annotationsOnSql,
  countHitsSql,
  facetCountsSql,
  searchPageSql,
  type SearchPlan,
} from "../../apps/api/src/features/search/search-sql.ts";
import { ms, quantile } from "./stats.ts";

/** A query timed through the API and, when its SQL is at hand, run directly in PostgreSQL; each answer's parts too. */
export interface Case {
  name: string;
  goalMs: number;
  api(): Promise<void>;
  direct: (() => Promise<Record<string, number>>) | null;
  /** The SQL of each part of the direct run, to explain. */
  sql: Record<string, Prisma.Sql>;
}

export interface Timings {
  api: number[];
  direct: number[];
  /** Per part of the direct run (page, count, facets, annotations), ms. */
  parts: Record<string, number[]>;
}

/**
 * `warmup` untimed rounds, then up to `runs` rounds of the API and the direct query one after the other (so both meet
 * the same state of the caches), stopping early after `budgetMs` of rounds: the count of runs is printed beside.
 */
export async function measure(c: Case, runs: number, warmup: number, budgetMs: number): Promise<Timings> {
  const t: Timings = { api: [], direct: [], parts: {} };
  const round = async (record: boolean) => {
    const s = performance.now();
    await c.api();
    const apiMs = performance.now() - s;
    const parts = c.direct ? await c.direct() : null;
    if (!record) return;
    t.api.push(apiMs);
    if (parts) {
      t.direct.push(parts["total"]!);
      for (const [k, v] of Object.entries(parts)) if (k !== "total") (t.parts[k] ??= []).push(v);
    }
  };
  for (let i = 0; i < warmup; i++) await round(false);
  const start = performance.now();
  for (let i = 0; i < runs && (i < 5 || performance.now() - start < budgetMs); i++) await round(true);
  return t;
}

const spread = (xs: number[]) =>
  `p50 ${ms(quantile(xs, 0.5))}, p95 ${ms(quantile(xs, 0.95))}, max ${ms(Math.max(...xs))} (${xs.length} runs)`;

/** Lines to print: the API's figures against the goal, PostgreSQL's, their ratio, and the parts. */
export function describe(c: Case, t: Timings): string[] {
  const p95 = quantile(t.api, 0.95);
  const lines = [`${c.name}`, `  API        ${spread(t.api)}; goal p95 ≤ ${c.goalMs} ms: ${p95 <= c.goalMs ? "MET" : "NOT MET"}`];
  if (t.direct.length > 0) {
    const ratio = (q: number) => (quantile(t.api, q) / quantile(t.direct, q)).toFixed(2);
    lines.push(`  PostgreSQL ${spread(t.direct)}; API/direct ${ratio(0.5)}× at p50, ${ratio(0.95)}× at p95`);
    const parts = Object.entries(t.parts).map(([k, v]) => `${k} ${ms(quantile(v, 0.5))}`);
    if (parts.length > 1) lines.push(`  direct parts (p50): ${parts.join(", ")}`);
  } else lines.push("  PostgreSQL: not timed (no SQL builder to run without the API)");
  return lines;
}

async function timedQuery(pool: pg.Pool, sql: Prisma.Sql, parts: Record<string, number>, name: string) {
  const s = performance.now();
  const { rows } = await pool.query(sql.text, sql.values);
  parts[name] = performance.now() - s;
  return rows;
}

/**
 * What GET /api/search?facets=false asks PostgreSQL (the web app's request for results), asked directly: the page and
 * the count at once (as search.ts does, each on a connection of its own), then the annotations on the page's
 * paragraphs.
 */
export function directSearch(pool: pg.Pool, plan: SearchPlan): Pick<Case, "direct" | "sql"> {
  const sql = { page: searchPageSql(plan, null), count: countHitsSql(plan) };
  const direct = async () => {
    const parts: Record<string, number> = {};
    const s = performance.now();
    const [page] = await Promise.all([timedQuery(pool, sql.page, parts, "page"), timedQuery(pool, sql.count, parts, "count")]);
    const rows = (page as { paragraph_row: string }[]).slice(0, SEARCH_PAGE_SIZE).map((r) => r.paragraph_row);
    if (rows.length > 0) await timedQuery(pool, annotationsOnSql(rows), parts, "annotations");
    parts["total"] = performance.now() - s;
    return parts;
  };
  return { direct, sql };
}

/** What GET /api/search/facets asks PostgreSQL, asked directly: the facets and the count at once. */
export function directFacets(pool: pg.Pool, plan: SearchPlan): Pick<Case, "direct" | "sql"> {
  const sql = { facets: facetCountsSql(plan), count: countHitsSql(plan) };
  const direct = async () => {
    const parts: Record<string, number> = {};
    const s = performance.now();
    await Promise.all([timedQuery(pool, sql.facets, parts, "facets"), timedQuery(pool, sql.count, parts, "count")]);
    parts["total"] = performance.now() - s;
    return parts;
  };
  return { direct, sql };
}
