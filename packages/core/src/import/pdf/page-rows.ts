import { MAX_PDF_ITEMS_PER_PAGE, MAX_PDF_LINE_CHARS } from "./pdf-limits.ts";
import type { PdfPageText, PdfTextItem } from "./pdf-types.ts";

/** A text run with its right edge and whether its font is bold; `mark` for a raised, smaller footnote mark. */
export interface Run {
  str: string;
  x: number;
  right: number;
  y: number;
  size: number;
  bold: boolean;
  mark: boolean;
}

/** Runs sharing a baseline (within a tolerance), left to right. */
export interface Row {
  y: number;
  size: number;
  runs: Run[];
}

const MARK = /^(?:\d{1,3}|\*{1,3}|[†‡§])$/;

function toRun(item: PdfTextItem): Run | null {
  const str = item.str.replace(/\s+/g, " ").trim();
  if (str === "" || !Number.isFinite(item.x) || !Number.isFinite(item.y)) return null;
  const size = item.fontSize > 0 && Number.isFinite(item.fontSize) ? item.fontSize : Math.max(item.height, 1);
  const width = Number.isFinite(item.width) && item.width > 0 ? item.width : str.length * size * 0.5;
  return { str, x: item.x, right: item.x + width, y: item.y, size, bold: /bold|black|heavy/i.test(item.fontName), mark: false };
}

/**
 * The page's runs grouped into rows by baseline, top to bottom. A smaller run raised above its row's baseline and
 * holding only a number or an asterisk is a footnote mark: kept in the row (its width still separates words) but
 * flagged, so the text leaves it out.
 */
export function pageRows(page: PdfPageText): Row[] {
  const runs = page.items
    .slice(0, MAX_PDF_ITEMS_PER_PAGE)
    .map(toRun)
    .filter((r): r is Run => r !== null)
    .sort((a, b) => a.y - b.y || a.x - b.x);
  const rows: Row[] = [];
  for (const run of runs) {
    const row = rows.at(-1);
    // A superscript sits up to about 40% of the body size above the baseline; the next line is a full line below.
    if (row && run.y - row.y <= 0.5 * Math.max(row.size, run.size)) {
      row.runs.push(run);
      if (run.size > row.size) {
        row.size = run.size;
        row.y = run.y;
      }
    } else rows.push({ y: run.y, size: run.size, runs: [run] });
  }
  for (const row of rows) {
    row.runs.sort((a, b) => a.x - b.x);
    for (const run of row.runs) run.mark = run.size < 0.8 * row.size && row.y - run.y > 0.15 * row.size && MARK.test(run.str);
  }
  return rows;
}

/** Runs joined into text: a space where the gap between two runs is wider than a kerning gap; footnote marks left out. */
export function runsText(runs: readonly Run[]): string {
  let text = "";
  let previous: Run | undefined;
  for (const run of runs) {
    if (!run.mark) {
      if (previous && text !== "" && run.x - previous.right > 0.15 * run.size && !text.endsWith(" ")) text += " ";
      text += run.str;
      if (text.length > MAX_PDF_LINE_CHARS) return text.slice(0, MAX_PDF_LINE_CHARS);
    }
    previous = run;
  }
  return text;
}

/** A row's runs cut where the gap between two is wider than a tab (header and footer fields, a cover's left and right). */
export function segments(runs: readonly Run[]): Run[][] {
  const parts: Run[][] = [];
  for (const run of runs) {
    const last = parts.at(-1);
    const previous = last?.at(-1);
    if (last && previous && run.x - previous.right < 2.5 * run.size) last.push(run);
    else parts.push([run]);
  }
  return parts;
}
