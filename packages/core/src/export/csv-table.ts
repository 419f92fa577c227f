import { csvSafeCell } from "./csv-columns.ts";

/** A cell of a table to write as CSV: numbers as they are, text guarded against formula injection, nothing as "". */
export type CsvTableCell = string | number | null | undefined;

const NEEDS_QUOTES = /[",\r\n]/;

/** One cell as RFC 4180 wants it: guarded (csvSafeCell), and quoted, inner quotes doubled, when it holds `"`, `,` or a line break. */
function csvTableCell(cell: CsvTableCell): string {
  if (cell === null || cell === undefined) return "";
  // A number is data, never a formula: -3 stays -3 (only text a person typed gets the apostrophe).
  const text = typeof cell === "number" ? String(cell) : csvSafeCell(cell);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A small table (a matrix, a chart's data) as CSV text: a header row then the rows, CRLF after each record as RFC 4180
 * says. Built whole in memory, for tables a page already holds; the exports stream theirs (apps/api's export-csv-body).
 */
export function csvTable(header: readonly CsvTableCell[], rows: readonly (readonly CsvTableCell[])[]): string {
  return [header, ...rows].map((row) => `${row.map(csvTableCell).join(",")}\r\n`).join("");
}
