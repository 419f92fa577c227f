import { MATRIX_MAX_AXIS, type AnalysisDimension } from "@verbatim/contract";
import type { DbOrTx } from "../../db/in-transaction.ts";
import { Prisma } from "../../generated/prisma/client.ts";
import type { Filters } from "../search/search-where-sql.ts";
import { dimensionSql, labelSql } from "./dimension-sql.ts";
import { SELECTED_FROM, selectedWhere } from "./selected-annotations-sql.ts";

export interface MatrixPlan {
  workspaceId: string;
  rows: AnalysisDimension;
  cols: AnalysisDimension;
  breakdown: AnalysisDimension;
  filters: Filters;
}

/** One line of the matrix's answer: a row's or a column's total, a cell, a cell's part, or the total. */
export interface MatrixSqlRow {
  what: "row" | "col" | "cell" | "part" | "total" | "more-rows" | "more-cols";
  r: string | null;
  c: string | null;
  b: string | null;
  label: string | null;
  n: number;
}

/**
 * The matrix in one statement (issue 17). `x` holds an annotation once per (row value, column value, breakdown value):
 * one line per annotation unless topics or labels are involved. A count over `x` is a plain count where each
 * annotation is there once for the grouping, and a count of distinct annotations where a multi-valued dimension left
 * out of the grouping repeats it. Rows and columns are ranked by their counts and cut at MATRIX_MAX_AXIS in the
 * database, so a corpus of many delegations and topics sends the cells it shows, not every one.
 */
export function matrixSql(plan: MatrixPlan): Prisma.Sql {
  const r = dimensionSql(plan.rows, "r", false);
  const c = dimensionSql(plan.cols, "c", false);
  const b = dimensionSql(plan.breakdown, "b", true);
  const repeats = (kept: readonly ("r" | "c" | "b")[]) =>
    (
      [
        ["r", r],
        ["c", c],
        ["b", b],
      ] as const
    ).some(([name, d]) => d.multiValued && !kept.includes(name));
  const count = (kept: readonly ("r" | "c" | "b")[]) => (repeats(kept) ? Prisma.sql`count(DISTINCT x.id)` : Prisma.sql`count(*)`);
  const shown = Prisma.sql`x.r IN (SELECT key FROM rk WHERE nth <= ${MATRIX_MAX_AXIS}) AND x.c IN (SELECT key FROM ck WHERE nth <= ${MATRIX_MAX_AXIS})`;
  // With one value of the breakdown per annotation, a cell is the sum of its parts; otherwise it is counted.
  const cells = b.multiValued
    ? Prisma.sql`SELECT 'cell', x.r, x.c, NULL, NULL, ${count(["r", "c"])} FROM x WHERE ${shown} GROUP BY x.r, x.c`
    : Prisma.sql`SELECT 'cell', p.r, p.c, NULL, NULL, sum(p.n)::bigint FROM parts p GROUP BY p.r, p.c`;
  return Prisma.sql`
    WITH x AS MATERIALIZED (
      SELECT a.id, ${r.key} AS r, ${c.key} AS c, ${b.key} AS b
      FROM ${SELECTED_FROM} ${r.join} ${c.join} ${b.join}
      WHERE ${selectedWhere(plan.workspaceId, plan.filters)} AND ${r.key} IS NOT NULL AND ${c.key} IS NOT NULL
    ),
    rk AS (SELECT key, n, row_number() OVER (ORDER BY n DESC, key) AS nth
      FROM (SELECT x.r AS key, ${count(["r"])} AS n FROM x GROUP BY x.r) t),
    ck AS (SELECT key, n, row_number() OVER (ORDER BY n DESC, key) AS nth
      FROM (SELECT x.c AS key, ${count(["c"])} AS n FROM x GROUP BY x.c) t),
    parts AS (SELECT x.r, x.c, x.b, count(*) AS n FROM x WHERE ${shown} GROUP BY x.r, x.c, x.b)
    SELECT what, r, c, b, label, n::int AS n FROM (
      SELECT 'row' AS what, rk.key AS r, NULL AS c, NULL AS b, ${labelSql(plan.rows, plan.workspaceId, Prisma.raw("rk.key"))} AS label, rk.n
        FROM rk WHERE rk.nth <= ${MATRIX_MAX_AXIS}
      UNION ALL SELECT 'col', NULL, ck.key, NULL, ${labelSql(plan.cols, plan.workspaceId, Prisma.raw("ck.key"))}, ck.n
        FROM ck WHERE ck.nth <= ${MATRIX_MAX_AXIS}
      UNION ALL SELECT 'more-rows', NULL, NULL, NULL, NULL, count(*) FROM rk WHERE nth > ${MATRIX_MAX_AXIS}
      UNION ALL SELECT 'more-cols', NULL, NULL, NULL, NULL, count(*) FROM ck WHERE nth > ${MATRIX_MAX_AXIS}
      UNION ALL ${cells}
      UNION ALL SELECT 'part', p.r, p.c, p.b, ${labelSql(plan.breakdown, plan.workspaceId, Prisma.raw("p.b"))}, p.n FROM parts p
      UNION ALL SELECT 'total', NULL, NULL, NULL, NULL, ${count([])} FROM x
    ) m`;
}

export function readMatrix(db: DbOrTx, plan: MatrixPlan): Promise<MatrixSqlRow[]> {
  return db.$queryRaw<MatrixSqlRow[]>(matrixSql(plan));
}
