import type { PageRows } from "./furniture.ts";
import { runsText, segments, type Row, type Run } from "./page-rows.ts";

export type Side = "full" | "left" | "right";

/** A rebuilt line: its text and the geometry paragraphs are rebuilt from. `stream` names the column it runs in. */
export interface Line {
  page: number;
  side: Side;
  stream: string;
  text: string;
  x: number;
  right: number;
  y: number;
  size: number;
  bold: boolean;
}

interface Gutter {
  from: number;
  to: number;
}

/** A row's ink as intervals, word gaps up to 1.2 em closed (justified text spreads words, never that far). */
function coverage(row: Row): [number, number][] {
  const spans: [number, number][] = [];
  for (const run of row.runs) {
    const last = spans.at(-1);
    if (last && run.x - last[1] < 1.2 * row.size) last[1] = Math.max(last[1], run.right);
    else spans.push([run.x, run.right]);
  }
  return spans;
}

/** Whether ink runs into the gutter by more than rounding (a line justified to the column's edge touches it). */
const crosses = (spans: [number, number][], g: Gutter) => spans.some(([a, b]) => a < g.to - 2 && b > g.from + 2);

/**
 * The gap between two columns, if the page has two: the stretch of x (in the page's middle half) that falls inside a
 * gap between words of the most rows, when at least 3 rows, and a fifth of all, have it. A cover or a heading may run
 * across it: such rows are read where they stand (see pageLines).
 */
function findGutter(rows: Row[], width: number): Gutter | null {
  if (rows.length < 3) return null;
  const lo = Math.floor(0.25 * width);
  const hi = Math.ceil(0.75 * width);
  const counts = new Int32Array(hi - lo + 2);
  for (const row of rows) {
    const spans = coverage(row);
    for (let i = 1; i < spans.length; i += 1) {
      const from = Math.max(lo, Math.ceil(spans[i - 1]?.[1] ?? 0));
      const to = Math.min(hi, Math.floor(spans[i]?.[0] ?? 0));
      if (from < to) {
        counts[from - lo] = (counts[from - lo] ?? 0) + 1;
        counts[to - lo] = (counts[to - lo] ?? 0) - 1;
      }
    }
  }
  let running = 0;
  let most = 0;
  for (let i = 0; i < counts.length; i += 1) {
    running += counts[i] ?? 0;
    counts[i] = running;
    most = Math.max(most, running);
  }
  if (most < 3 || most < 0.2 * rows.length) return null;
  let best: Gutter | null = null;
  for (let i = 0; i < counts.length;) {
    if ((counts[i] ?? 0) < most) {
      i += 1;
      continue;
    }
    let j = i;
    while (j < counts.length && (counts[j] ?? 0) >= most) j += 1;
    if (!best || j - i > best.to - best.from) best = { from: lo + i, to: lo + j };
    i = j;
  }
  if (!best || best.to - best.from < 4) return null;
  // Widened to where half those rows still have their gap, so a wide space between two words of a line across the
  // page never holds all of it.
  while (best.from > lo && (counts[best.from - lo - 1] ?? 0) >= most / 2) best.from -= 1;
  while (best.to < hi && (counts[best.to - lo] ?? 0) >= most / 2) best.to += 1;
  // Columns of text, not a cover's fields set left and right by tabs: in most of the rows split there, the left part
  // runs up to the gap (justified or wrapped text), and that in at least 3 rows (a record's last page may hold few).
  const gutter = best;
  const columnar = rows.filter((row) => {
    const spans = coverage(row);
    return (
      !crosses(spans, gutter) &&
      spans.some(([, b]) => b <= gutter.from + 2 && b >= gutter.from - 3 * row.size) &&
      spans.some(([a]) => a >= gutter.to - 2)
    );
  }).length;
  return columnar >= 3 && columnar >= 0.2 * rows.length ? gutter : null;
}

function toLine(page: number, side: Side, stream: string, row: Row, runs: Run[]): Line {
  const inked = runs.filter((r) => !r.mark);
  const first = inked[0] ?? runs[0];
  const last = runs.at(-1);
  return {
    page,
    side,
    stream,
    // Fields set apart by a tab (a cover's "General Assembly" and "Distr.: General") stay apart lines.
    text: segments(runs)
      .map(runsText)
      .filter((t) => t !== "")
      .join("\n"),
    x: first?.x ?? 0,
    right: last?.right ?? 0,
    y: row.y,
    size: Math.max(...inked.map((r) => r.size), 0) || row.size,
    bold: inked.length > 0 && inked.every((r) => r.bold),
  };
}

/**
 * The page's lines in reading order. On a two-column page, rows that span the gutter (a cover, a heading across the
 * page) are read where they stand; between them, each run of rows is read column by column, left then right.
 */
export function pageLines(page: PageRows): Line[] {
  const gutter = findGutter(page.rows, page.width);
  if (!gutter) return page.rows.map((row) => toLine(page.page, "full", `${page.page}`, row, row.runs));
  const lines: Line[] = [];
  let left: Line[] = [];
  let right: Line[] = [];
  let band = 0;
  const flush = () => {
    if (left.length === 0 && right.length === 0) return;
    lines.push(...left, ...right);
    left = [];
    right = [];
    band += 1;
  };
  for (const row of page.rows) {
    if (crosses(coverage(row), gutter)) {
      flush();
      lines.push(toLine(page.page, "full", `${page.page}:${band}`, row, row.runs));
      continue;
    }
    const leftRuns = row.runs.filter((r) => r.right <= gutter.from + 2);
    const rightRuns = row.runs.filter((r) => r.right > gutter.from + 2);
    if (leftRuns.length > 0) left.push(toLine(page.page, "left", `${page.page}:${band}:left`, row, leftRuns));
    if (rightRuns.length > 0) right.push(toLine(page.page, "right", `${page.page}:${band}:right`, row, rightRuns));
  }
  flush();
  return lines;
}
