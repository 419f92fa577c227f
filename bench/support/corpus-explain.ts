import { mkdirSync, writeFileSync } from "node:fs";
import type pg from "pg";
import type { Case, Timings } from "./corpus-timing.ts";
import { quantile } from "./stats.ts";

/**
 * EXPLAIN (ANALYZE, BUFFERS) of the part that took longest in the case furthest from its goal, written whole to
 * bench-results/corpus-explain.txt; printed: its scans and joins with their times, and whether the search's GIN
 * indexes were read.
 */
export async function explainSlowest(pool: pg.Pool, results: readonly { case: Case; timings: Timings }[]): Promise<void> {
  const worst = [...results].sort(
    (a, b) => quantile(b.timings.api, 0.95) / b.case.goalMs - quantile(a.timings.api, 0.95) / a.case.goalMs,
  )[0];
  if (!worst) return;
  const parts = Object.entries(worst.timings.parts).sort((a, b) => quantile(b[1], 0.5) - quantile(a[1], 0.5));
  const part = parts[0]?.[0] ?? Object.keys(worst.case.sql)[0];
  const sql = part ? worst.case.sql[part] : undefined;
  if (!part || !sql) return;
  const { rows } = await pool.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, BUFFERS) ${sql.text}`, sql.values);
  const plan = rows.map((r) => r["QUERY PLAN"]);
  mkdirSync("bench-results", { recursive: true });
  writeFileSync(
    "bench-results/corpus-explain.txt",
    `${worst.case.name}: ${part}\n\n${sql.text}\n\n${JSON.stringify(sql.values)}\n\n${plan.join("\n")}\n`,
  );
  console.log(
    `\nEXPLAIN ANALYZE of the slowest against its goal: "${worst.case.name}", its ${part} query (whole plan in bench-results/corpus-explain.txt)`,
  );
  const nodes = plan.filter(
    (l) => /Scan|Join|Nested Loop|Aggregate|Sort|CTE|Execution Time|Planning Time/.test(l) && !/Sort Key|Hash Cond|Join Filter/.test(l),
  );
  for (const l of nodes.slice(0, 40)) console.log(`  ${l.replace(/\s+\(cost=[^)]*\)/, "")}`);
  for (const index of ["paragraphs_search_vector_idx", "paragraphs_text_trgm_idx"])
    console.log(`  ${index}: ${plan.some((l) => l.includes(index)) ? "read" : "not read"}`);
}
