import type { Matrix, MatrixAxisValue, MatrixCell, MatrixQuery } from "@verbatim/contract";
import type { Actor } from "../../auth/actor.ts";
import type { DbOrTx } from "../../db/in-transaction.ts";
import { readMatrix as readMatrixRows, type MatrixSqlRow } from "./matrix-sql.ts";

/** What a breakdown's missing value is shown as (a commitment has no stance). */
export const NO_VALUE_LABEL = "(none)";

/** Time runs left to right and top to bottom; every other axis is most counted first, as the database ranked it. */
const inTimeOrder = (dimension: Matrix["rowsBy"]) => dimension === "year" || dimension === "month";

/**
 * GET /api/analysis/matrix (issue 17): the selected annotations counted by two dimensions, each cell broken down by a
 * third. The counting is the database's (matrix-sql.ts); this shapes its lines into rows, columns and cells.
 */
export async function readMatrix(db: DbOrTx, actor: Pick<Actor, "workspaceId">, query: MatrixQuery): Promise<Matrix> {
  const { rows: rowsBy, cols: colsBy, breakdown: breakdownBy, ...filters } = query;
  const lines = await readMatrixRows(db, { workspaceId: actor.workspaceId, rows: rowsBy, cols: colsBy, breakdown: breakdownBy, filters });
  const axis = (what: "row" | "col", dimension: Matrix["rowsBy"]): MatrixAxisValue[] => {
    const values = lines
      .filter((l) => l.what === what)
      .map((l) => ({ key: (what === "row" ? l.r : l.c) ?? "", label: l.label ?? "", count: l.n }));
    return inTimeOrder(dimension) ? values.sort((a, b) => a.key.localeCompare(b.key)) : values;
  };
  return {
    rowsBy,
    colsBy,
    breakdownBy,
    rows: axis("row", rowsBy),
    cols: axis("col", colsBy),
    cells: cellsOf(lines),
    total: lines.find((l) => l.what === "total")?.n ?? 0,
    truncated: {
      rows: (lines.find((l) => l.what === "more-rows")?.n ?? 0) > 0,
      cols: (lines.find((l) => l.what === "more-cols")?.n ?? 0) > 0,
    },
  };
}

/** The cells with their parts, each cell's parts most first. */
function cellsOf(lines: readonly MatrixSqlRow[]): MatrixCell[] {
  const cellKey = (l: MatrixSqlRow) => JSON.stringify([l.r, l.c]);
  const parts = new Map<string, MatrixCell["breakdown"]>();
  for (const l of lines) {
    if (l.what !== "part") continue;
    const list = parts.get(cellKey(l)) ?? [];
    list.push({ key: l.b, label: l.b === null ? NO_VALUE_LABEL : (l.label ?? l.b), count: l.n });
    parts.set(cellKey(l), list);
  }
  return lines
    .filter((l) => l.what === "cell")
    .map((l) => ({
      row: l.r ?? "",
      col: l.c ?? "",
      count: l.n,
      breakdown: (parts.get(cellKey(l)) ?? []).sort((a, b) => b.count - a.count || a.label.localeCompare(b.label)),
    }));
}
