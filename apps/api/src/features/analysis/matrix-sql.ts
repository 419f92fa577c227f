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
  // Counted over `x`, grouped by `kept`: each (group, annotation) once. Where a multi-valued dimension outside the
  // grouping repeats annotations, they are made distinct first with SELECT DISTINCT, which hashes, where
  // count(DISTINCT …) would sort (and spill) for every group.
  const counted = (kept: readonly ("r" | "c" | "b")[], where: Prisma.Sql = Prisma.sql`true`) => {
    const columns = kept.map((name) => Prisma.raw(`x.${name}`));
    const keys = kept.map((name) => Prisma.raw(name));
    const from = repeats(kept)
      ? Prisma.sql`(SELECT DISTINCT ${Prisma.join([...columns, Prisma.raw("x.id")])} FROM x WHERE ${where}) x`
      : Prisma.sql`x WHERE ${where}`;
    const grouping = keys.length > 0 ? Prisma.sql`GROUP BY ${Prisma.join(keys)}` : Prisma.empty;
    return { from, grouping };
  };
  const shown = Prisma.sql`x.r IN (SELECT key FROM rk WHERE nth <= ${MATRIX_MAX_AXIS}) AND x.c IN (SELECT key FROM ck WHERE nth <= ${MATRIX_MAX_AXIS})`;
  // With one value of the breakdown per annotation, a cell is the sum of its parts; otherwise it is counted.
  const byCell = counted(["r", "c"], shown);
  const cells = b.multiValued
    ? Prisma.sql`SELECT 'cell', r, c, NULL, NULL, count(*) FROM ${byCell.from} ${byCell.grouping}`
    : Prisma.sql`SELECT 'cell', p.r, p.c, NULL, NULL, sum(p.n)::bigint FROM parts p GROUP BY p.r, p.c`;
  const byRow = counted(["r"]);
  const byCol = counted(["c"]);
  const all = counted([]);
  return Prisma.sql`
    WITH x AS MATERIALIZED (
      SELECT a.id, ${r.key} AS r, ${c.key} AS c, ${b.key} AS b
      FROM ${SELECTED_FROM} ${r.join} ${c.join} ${b.join}
      WHERE ${selectedWhere(plan.workspaceId, plan.filters)} AND ${r.key} IS NOT NULL AND ${c.key} IS NOT NULL
    ),
    rk AS (SELECT key, n, row_number() OVER (ORDER BY n DESC, key) AS nth
      FROM (SELECT r AS key, count(*) AS n FROM ${byRow.from} ${byRow.grouping}) t),
    ck AS (SELECT key, n, row_number() OVER (ORDER BY n DESC, key) AS nth
      FROM (SELECT c AS key, count(*) AS n FROM ${byCol.from} ${byCol.grouping}) t),
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
      UNION ALL SELECT 'total', NULL, NULL, NULL, NULL, count(*) FROM ${all.from}
    ) m`;
}

export function readMatrix(db: DbOrTx, plan: MatrixPlan): Promise<MatrixSqlRow[]> {
  return db.$queryRaw<MatrixSqlRow[]>(matrixSql(plan));
}
