import type { Matrix } from "@verbatim/contract";
import { csvTable } from "@verbatim/core";
import { DIMENSION_LABELS } from "./dimension-labels.ts";
import { cellLookup, colLabel, rowLabel } from "./matrix-shape.ts";

/** One mark's datum: a row value, a column value and the annotations they share, as the chart's scales read them. */
export interface ChartDatum {
  row: string;
  col: string;
  count: number;
}

/** The non-empty cells as labelled data, rows and columns in the matrix's order (most counted first). */
export function cellData(matrix: Matrix): ChartDatum[] {
  const rows = new Map(matrix.rows.map((r) => [r.key, rowLabel(matrix, r)]));
  const cols = new Map(matrix.cols.map((c) => [c.key, colLabel(matrix, c)]));
  return matrix.cells.map((cell) => ({ row: rows.get(cell.row) ?? cell.row, col: cols.get(cell.col) ?? cell.col, count: cell.count }));
}

/** The rows' labels and the columns' labels in the matrix's order: the charts' domains, so they keep it. */
export function axisOrder(matrix: Matrix): { rows: string[]; cols: string[] } {
  return { rows: matrix.rows.map((r) => rowLabel(matrix, r)), cols: matrix.cols.map((c) => colLabel(matrix, c)) };
}

/** A point of a series over time: the period's key (yyyy or yyyy-mm, so it sorts) and every series' count there, 0 included. */
export interface TimeDatum {
  period: string;
  series: string;
  count: number;
}

/**
 * Counts over time by series (the columns), every period from the first to the last with a value (a month or year with
 * nothing is 0, not a gap the line would jump over), in time order whatever order the API gave.
 */
export function timeData(matrix: Matrix): TimeDatum[] {
  const cell = cellLookup(matrix);
  const periods = fillPeriods(matrix.rows.map((r) => r.key).sort(), matrix.rowsBy === "month");
  return periods.flatMap((period) =>
    matrix.cols.map((c) => ({ period, series: colLabel(matrix, c), count: cell(period, c.key)?.count ?? 0 })),
  );
}

/** Every year (or yyyy-mm month) from the first key to the last; keys that are neither are kept as they are. */
export function fillPeriods(sorted: readonly string[], monthly: boolean): string[] {
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  const pattern = monthly ? /^\d{4}-\d{2}$/ : /^\d{4}$/;
  if (!first || !last || !sorted.every((k) => pattern.test(k))) return [...sorted];
  const index = (k: string) => (monthly ? Number(k.slice(0, 4)) * 12 + Number(k.slice(5, 7)) - 1 : Number(k));
  const keyOf = (i: number) => (monthly ? `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}` : String(i));
  const out: string[] = [];
  // A corpus spanning a century of months is 1,200 points: still a line, and bounded by the keys the API sent.
  for (let i = index(first); i <= index(last); i++) out.push(keyOf(i));
  return out;
}

/** A chart's data as CSV: a row per cell with the row's value, the column's and the count (long form, as charts read it). */
export function chartCsv(matrix: Matrix, data: readonly ChartDatum[] = cellData(matrix)): string {
  return csvTable(
    [DIMENSION_LABELS[matrix.rowsBy], DIMENSION_LABELS[matrix.colsBy], "Annotations"],
    data.map((d) => [d.row, d.col, d.count]),
  );
}

/** A series over time as CSV: period, series, count, zeros included. */
export function timeCsv(matrix: Matrix, data: readonly TimeDatum[] = timeData(matrix)): string {
  return csvTable(
    [DIMENSION_LABELS[matrix.rowsBy], DIMENSION_LABELS[matrix.colsBy], "Annotations"],
    data.map((d) => [d.period, d.series, d.count]),
  );
}

/** The most a chart draws along an axis: past it bars and cells are too thin to read (the matrix page has them all). */
export const CHART_MAX_AXIS = 30;

/** The matrix cut to its first `max` rows and columns (the most counted), and whether anything was cut. */
export function limitMatrix(matrix: Matrix, max = CHART_MAX_AXIS): { matrix: Matrix; cut: boolean } {
  if (matrix.rows.length <= max && matrix.cols.length <= max) return { matrix, cut: false };
  const rows = matrix.rows.slice(0, max);
  const cols = matrix.cols.slice(0, max);
  const rowKeys = new Set(rows.map((r) => r.key));
  const colKeys = new Set(cols.map((c) => c.key));
  const cells = matrix.cells.filter((c) => rowKeys.has(c.row) && colKeys.has(c.col));
  return { matrix: { ...matrix, rows, cols, cells }, cut: true };
}

/** A chart's table view: a header row (the rows' dimension, then each column), then a row per row value, 0 where none. */
export interface ChartGrid {
  header: string[];
  rows: { label: string; counts: number[] }[];
}

export function gridOf(matrix: Matrix): ChartGrid {
  const cell = cellLookup(matrix);
  return {
    header: [DIMENSION_LABELS[matrix.rowsBy], ...matrix.cols.map((c) => colLabel(matrix, c))],
    rows: matrix.rows.map((r) => ({ label: rowLabel(matrix, r), counts: matrix.cols.map((c) => cell(r.key, c.key)?.count ?? 0) })),
  };
}

/** The series over time as a table: a row per period in time order (none left out), a column per series. */
export function timeGrid(matrix: Matrix, data: readonly TimeDatum[] = timeData(matrix)): ChartGrid {
  const series = matrix.cols.map((c) => colLabel(matrix, c));
  const periods = [...new Set(data.map((d) => d.period))];
  const count = new Map(data.map((d) => [JSON.stringify([d.period, d.series]), d.count]));
  return {
    header: [DIMENSION_LABELS[matrix.rowsBy], ...series],
    rows: periods.map((p) => ({ label: p, counts: series.map((s) => count.get(JSON.stringify([p, s])) ?? 0) })),
  };
}
