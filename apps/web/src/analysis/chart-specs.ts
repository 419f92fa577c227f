import * as Plot from "@observablehq/plot";
import type { Matrix } from "@verbatim/contract";
import { axisOrder, cellData, timeData } from "./chart-data.ts";
import { DIMENSION_LABELS } from "./dimension-labels.ts";
import { PALETTE, valueColours } from "./mix-colours.ts";

/** The drawing's width in px; it scales down with its box (viewBox), and fits the page at 1,024 px. */
export const CHART_WIDTH = 920;
const SVG_NS = "http://www.w3.org/2000/svg";
/** Tick labels past this many characters are cut (the table view has them whole). */
const LABEL_CHARS = 30;
/** Cut in the middle, so labels that differ only at their end (Delegation of the Republic 1, … 12) stay apart. */
const cut = (s: string) => (s.length > LABEL_CHARS ? `${s.slice(0, 17)}…${s.slice(-(LABEL_CHARS - 18))}` : s);
/** Room for the longest (cut) row label, at about 6.4 px a character of Plot's 10 px type. */
const marginFor = (labels: readonly string[]) => Math.min(220, Math.ceil(20 + 6.4 * Math.max(0, ...labels.map((l) => cut(l).length))));

/** Counts are whole: at most ten ticks, and never more than the largest count (no 0.5 annotation). */
const wholeTicks = (max: number) => Math.max(1, Math.min(10, max));

/** The largest stacked total along `by`. */
function largestStack<T>(data: readonly T[], by: (d: T) => string, count: (d: T) => number): number {
  const totals = new Map<string, number>();
  for (const d of data) totals.set(by(d), (totals.get(by(d)) ?? 0) + count(d));
  return Math.max(1, ...totals.values());
}

/** A chart's parts: an optional legend above, and the plot; both SVG, so the download holds what the page shows. */
export interface ChartParts {
  legend: SVGSVGElement | null;
  plot: SVGSVGElement;
}

export interface ChartText {
  /** The chart's accessible name (its heading's words). */
  label: string;
  /** What it shows, in a sentence, for a screen reader. */
  description: string;
}

/** A legend of coloured swatches as SVG, wrapping at the chart's width, so it travels with the chart in a download. */
export function swatchLegend(items: readonly { label: string; colour: string }[], width = CHART_WIDTH): SVGSVGElement {
  const svg = document.createElementNS(SVG_NS, "svg");
  svg.setAttribute("aria-hidden", "true");
  svg.setAttribute("font-size", "12");
  svg.setAttribute("font-family", "system-ui, sans-serif");
  let x = 0;
  let y = 0;
  for (const item of items) {
    const w = 20 + 7 * item.label.length + 16;
    if (x > 0 && x + w > width) {
      x = 0;
      y += 20;
    }
    const rect = document.createElementNS(SVG_NS, "rect");
    for (const [k, v] of Object.entries({ x: x, y: y + 3, width: 12, height: 12, fill: item.colour })) rect.setAttribute(k, String(v));
    const text = document.createElementNS(SVG_NS, "text");
    for (const [k, v] of Object.entries({ x: x + 18, y: y + 13, fill: "currentColor" })) text.setAttribute(k, String(v));
    text.textContent = item.label;
    svg.append(rect, text);
    x += w;
  }
  const height = y + 20;
  svg.setAttribute("width", String(width));
  svg.setAttribute("height", String(height));
  svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
  return svg;
}

const plotStyle = { background: "transparent", fontSize: "11px" };

/** Stacked horizontal bars: a bar per row value, a segment per column value (delegations by stance on a topic). */
export function stackedBars(matrix: Matrix, text: ChartText): ChartParts {
  const order = axisOrder(matrix);
  const colourOf = valueColours(
    matrix.colsBy,
    matrix.cols.map((c) => c.key),
  );
  const colours = matrix.cols.map((c) => colourOf(c.key));
  const data = cellData(matrix);
  const plot = Plot.plot({
    width: CHART_WIDTH,
    height: 50 + 26 * order.rows.length,
    marginLeft: marginFor(order.rows),
    ariaLabel: text.label,
    ariaDescription: text.description,
    style: plotStyle,
    x: {
      label: "Annotations →",
      grid: true,
      ticks: wholeTicks(
        largestStack(
          data,
          (d) => d.row,
          (d) => d.count,
        ),
      ),
      tickFormat: "d",
    },
    y: { domain: order.rows, label: null, tickFormat: cut },
    color: { domain: order.cols, range: colours },
    marks: [
      Plot.barX(
        cellData(matrix),
        Plot.stackX({
          y: "row",
          x: "count",
          fill: "col",
          order: order.cols,
          title: (d: { row: string; col: string; count: number }) => `${d.row}, ${d.col}: ${d.count}`,
        }),
      ),
      Plot.ruleX([0]),
    ],
  }) as SVGSVGElement;
  return { legend: swatchLegend(order.cols.map((label, i) => ({ label, colour: colours[i]! }))), plot };
}

/** Stacked bars over time: a bar per year or month (none left out), a segment per series (commitments, references). */
export function barsOverTime(matrix: Matrix, text: ChartText): ChartParts {
  const data = timeData(matrix);
  const periods = [...new Set(data.map((d) => d.period))];
  const series = [...new Set(data.map((d) => d.series))];
  const colours = series.map((_, i) => PALETTE[Math.min(i, PALETTE.length - 1)]!);
  // At most about twelve labels under the axis, whatever the number of months.
  const step = Math.max(1, Math.ceil(periods.length / 12));
  const plot = Plot.plot({
    width: CHART_WIDTH,
    height: 320,
    marginLeft: 48,
    ariaLabel: text.label,
    ariaDescription: text.description,
    style: plotStyle,
    x: { domain: periods, label: DIMENSION_LABELS[matrix.rowsBy], ticks: periods.filter((_, i) => i % step === 0), padding: 0.15 },
    y: {
      label: "↑ Annotations",
      grid: true,
      ticks: wholeTicks(
        largestStack(
          data,
          (d) => d.period,
          (d) => d.count,
        ),
      ),
      tickFormat: "d",
    },
    color: { domain: series, range: colours },
    marks: [
      Plot.barY(
        data,
        Plot.stackY({
          x: "period",
          y: "count",
          fill: "series",
          order: series,
          title: (d: { period: string; series: string; count: number }) => `${d.period}, ${d.series}: ${d.count}`,
        }),
      ),
      Plot.ruleY([0]),
    ],
  }) as SVGSVGElement;
  return { legend: swatchLegend(series.map((label, i) => ({ label, colour: colours[i]! }))), plot };
}

/** A heatmap: a cell per pair of values, darker the more annotations carry both (a co-occurrence), its count written in it. */
export function heatmap(matrix: Matrix, text: ChartText): ChartParts {
  const order = axisOrder(matrix);
  const data = cellData(matrix);
  const max = Math.max(1, ...data.map((d) => d.count));
  const marginLeft = marginFor(order.rows);
  const marginBottom = marginFor(order.cols);
  const size = Math.max(14, Math.min(44, Math.floor((CHART_WIDTH - marginLeft - 10) / Math.max(1, order.cols.length))));
  const dark = (d: { count: number }) => d.count > max * 0.55;
  const label = (d: { row: string; col: string; count: number }) => `${d.row} × ${d.col}: ${d.count}`;
  const plot = Plot.plot({
    width: Math.min(CHART_WIDTH, marginLeft + 10 + size * order.cols.length),
    height: 20 + marginBottom + size * order.rows.length,
    marginLeft,
    marginBottom,
    marginTop: 10,
    ariaLabel: text.label,
    ariaDescription: text.description,
    style: plotStyle,
    x: { domain: order.cols, label: null, tickRotate: -45, tickFormat: cut },
    y: { domain: order.rows, label: null, tickFormat: cut },
    color: { type: "linear", domain: [0, max], scheme: "blues" },
    marks: [
      Plot.cell(data, { x: "col", y: "row", fill: "count", inset: 0.5, title: label }),
      ...(size >= 20
        ? [
            Plot.text(data, { x: "col", y: "row", text: "count", fill: "white", filter: dark }),
            Plot.text(data, { x: "col", y: "row", text: "count", fill: "black", filter: (d: { count: number }) => !dark(d) }),
          ]
        : []),
    ],
  }) as SVGSVGElement;
  const legend = Plot.legend({
    color: { type: "linear", domain: [0, max], scheme: "blues", label: "Annotations" },
    marginLeft: 8,
    width: 248,
    style: plotStyle,
  }) as SVGSVGElement;
  // Hidden from screen readers: the counts are written in the cells and the table view has them all.
  legend.setAttribute("aria-hidden", "true");
  return { legend, plot };
}
