import type { Matrix, MatrixCell } from "@verbatim/contract";
import { csvTable } from "@verbatim/core";
import { DIMENSION_LABELS, valueLabel } from "./dimension-labels.ts";

/** A breakdown value across the matrix (its key null for annotations without one), in the order the legend shows. */
export interface MixValue {
  key: string | null;
  label: string;
  count: number;
}

/** How many colours the mixes have; past them the least counted values share the last one ("other"). */
export const MIX_COLOURS = 10;

/** Each cell by its row and column keys. */
export function cellLookup(matrix: Pick<Matrix, "cells">): (row: string, col: string) => MatrixCell | undefined {
  const byKey = new Map(matrix.cells.map((cell) => [JSON.stringify([cell.row, cell.col]), cell]));
  return (row, col) => byKey.get(JSON.stringify([row, col]));
}

/** The breakdown's values over every cell, most counted first: the legend, and the order of each cell's bar. */
export function mixValues(matrix: Pick<Matrix, "cells" | "breakdownBy">): MixValue[] {
  const totals = new Map<string | null, MixValue>();
  for (const cell of matrix.cells) {
    for (const part of cell.breakdown) {
      const seen = totals.get(part.key);
      if (seen) seen.count += part.count;
      else totals.set(part.key, { key: part.key, label: mixLabel(matrix.breakdownBy, part), count: part.count });
    }
  }
  return [...totals.values()].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}

/** A mix value's name in the legend: "No stance" for the annotations without one (a commitment has no stance). */
function mixLabel(by: Matrix["breakdownBy"], part: { key: string | null; label: string }): string {
  return part.key === null ? `No ${DIMENSION_LABELS[by].toLowerCase()}` : valueLabel(by, part);
}

/** "12 annotations: 8 supports, 4 opposes": a cell's count and mix in words, the text its bar stands for. */
export function cellDescription(cell: MatrixCell, matrix: Pick<Matrix, "breakdownBy">): string {
  const noun = cell.count === 1 ? "annotation" : "annotations";
  // The taxonomy's words read as verbs in a sentence (8 supports); codes and delegations keep their capitals.
  const lower = ["kind", "stance", "strength"].includes(matrix.breakdownBy);
  const parts = cell.breakdown.map((part) => {
    if (part.key === null) return `${part.count} with no ${DIMENSION_LABELS[matrix.breakdownBy].toLowerCase()}`;
    const label = valueLabel(matrix.breakdownBy, part);
    return `${part.count} ${lower ? label.toLowerCase() : label}`;
  });
  return parts.length > 0 ? `${cell.count} ${noun}: ${parts.join(", ")}` : `${cell.count} ${noun}`;
}

/** The rows' and columns' labels as the page shows them. */
export const rowLabel = (matrix: Pick<Matrix, "rowsBy">, row: { key: string; label: string }) => valueLabel(matrix.rowsBy, row);
export const colLabel = (matrix: Pick<Matrix, "colsBy">, col: { key: string; label: string }) => valueLabel(matrix.colsBy, col);

/**
 * The matrix as CSV, as the table shows it: a row per row value with its count in each column (0 where none), its
 * total last, and a last row of the columns' totals. Totals count each annotation once, so an annotation with two
 * topics adds one to its row's total and one to each of the two columns.
 */
export function matrixCsv(matrix: Matrix): string {
  const cell = cellLookup(matrix);
  const corner = `${DIMENSION_LABELS[matrix.rowsBy]} \\ ${DIMENSION_LABELS[matrix.colsBy]}`;
  const header = [corner, ...matrix.cols.map((c) => colLabel(matrix, c)), "Total"];
  const rows = matrix.rows.map((r) => [rowLabel(matrix, r), ...matrix.cols.map((c) => cell(r.key, c.key)?.count ?? 0), r.count]);
  return csvTable(header, [...rows, ["Total", ...matrix.cols.map((c) => c.count), matrix.total]]);
}
