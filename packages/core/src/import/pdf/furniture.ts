import type { DroppedLine, DropReason } from "../types.ts";
import { furnitureReason, repeatKey, symbolsIn } from "./furniture-patterns.ts";
import { runsText, segments, type Row, type Run } from "./page-rows.ts";

export interface PageRows {
  page: number;
  width: number;
  height: number;
  rows: Row[];
}

type Band = "top" | "bottom";

/** How far into the page a running header or footer may sit, as a share of its height, and how many rows deep. */
const BAND_SHARE = 0.12;
const BAND_ROWS = 3;
const LINE_NUMBER = /^\d{1,4}$/;

function bandRows(page: PageRows): { band: Band; row: Row }[] {
  const top = page.rows.filter((r) => r.y < BAND_SHARE * page.height).slice(0, BAND_ROWS);
  const bottom = page.rows.filter((r) => r.y > (1 - BAND_SHARE) * page.height).slice(-BAND_ROWS);
  return [...top.map((row) => ({ band: "top" as const, row })), ...bottom.map((row) => ({ band: "bottom" as const, row }))];
}

/**
 * Margin line numbers: small integers standing left of where every other line starts. Three or more on a page make
 * a column of them; fewer could be a list's numbers or a lone page number, and stay.
 */
function stripLineNumbers(page: PageRows, dropped: DroppedLine[]): void {
  const starts = page.rows
    .map((r) => r.runs.find((run) => !LINE_NUMBER.test(run.str))?.x)
    .filter((x): x is number => x !== undefined)
    .sort((a, b) => a - b);
  const edge = starts[Math.floor(starts.length * 0.2)];
  if (edge === undefined) return;
  const isNumber = (run: Run) => !run.mark && LINE_NUMBER.test(run.str) && run.right < edge - 1;
  const numbers = page.rows.flatMap((r) => r.runs.filter(isNumber));
  if (numbers.length < 3) return;
  for (const row of page.rows) row.runs = row.runs.filter((run) => !isNumber(run));
  dropped.push({ text: numbers.map((n) => n.str).join(" "), reason: "line-number", page: page.page });
}

/**
 * Takes off each page what the page puts around the text: margin line numbers, then in the top and bottom bands every
 * segment that is a page number, a job number or its barcode, a document symbol, or that repeats (digits aside) in the
 * same band on at least two pages and 40% of them. Rows left empty go. Returns what went, in page order, and the
 * symbol printed on page 1.
 */
export function stripFurniture(pages: PageRows[]): { dropped: DroppedLine[]; symbol?: string } {
  const dropped: DroppedLine[] = [];
  for (const page of pages) stripLineNumbers(page, dropped);
  const seen = new Map<string, number>();
  for (const page of pages) {
    const keys = new Set(bandRows(page).flatMap(({ band, row }) => segments(row.runs).map((s) => `${band}:${repeatKey(runsText(s))}`)));
    for (const key of keys) seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  const repeats = (band: Band, text: string) => {
    const count = seen.get(`${band}:${repeatKey(text)}`) ?? 0;
    return count >= 2 && count >= 0.4 * pages.length;
  };
  let symbol: string | undefined;
  for (const page of pages) {
    for (const { band, row } of bandRows(page)) {
      const kept: Run[] = [];
      for (const segment of segments(row.runs)) {
        const text = runsText(segment);
        if (text === "") continue;
        let reason: DropReason | null = furnitureReason(text);
        if (reason === null && repeats(band, text)) reason = band === "top" ? "running-header" : "running-footer";
        if (reason === null) kept.push(...segment);
        else {
          if (reason === "document-symbol" && page.page === 1 && symbol === undefined) symbol = symbolsIn(text)[0];
          dropped.push({ text, reason, page: page.page });
        }
      }
      row.runs = kept;
    }
    page.rows = page.rows.filter((r) => r.runs.some((run) => !run.mark));
  }
  return symbol === undefined ? { dropped } : { dropped, symbol };
}
