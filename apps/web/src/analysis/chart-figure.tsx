import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import { ErrorAlert } from "../components/error-alert.tsx";
import { saveFile } from "../export/save-file.ts";
import type { ChartGrid } from "./chart-data.ts";
import { chartSvgFile, svgToPng } from "./chart-download.ts";
import type { ChartParts } from "./chart-specs.ts";
import { ChartTable } from "./chart-table.tsx";

interface ChartFigureProps {
  title: string;
  description: string;
  /** Draws the chart (memoised by the caller: a new function draws it again). */
  build: () => ChartParts;
  grid: ChartGrid;
  csv: () => string;
  /** The downloads' name, without extension. */
  fileName: string;
  /** The chart's own choices (the topic, the time axis…), above it. */
  controls?: ReactNode;
  /** A word under the chart: what it leaves out. */
  note?: string;
}

/**
 * A chart with its heading and description, a "Table view" of the same data, and downloads as SVG, PNG (2×) and CSV.
 * The chart stays drawn under the table view, so a download takes what the chart shows either way.
 */
export function ChartFigure({ title, description, build, grid, csv, fileName, controls, note }: ChartFigureProps) {
  const headingId = useId();
  const [tableView, setTableView] = useState(false);
  const [failed, setFailed] = useState<unknown>(null);
  const box = useRef<HTMLDivElement>(null);
  const parts = useRef<ChartParts | null>(null);

  useEffect(() => {
    const node = box.current;
    if (!node) return;
    const built = build();
    parts.current = built;
    node.replaceChildren(...(built.legend ? [built.legend, built.plot] : [built.plot]));
    return () => node.replaceChildren();
  }, [build]);

  const svgFile = () => {
    const p = parts.current ?? build();
    return chartSvgFile(p.legend ? [p.legend, p.plot] : [p.plot], title);
  };
  const downloadSvg = () => saveFile(new Blob([svgFile().markup], { type: "image/svg+xml" }), `${fileName}.svg`);
  const downloadPng = () => {
    setFailed(null);
    svgToPng(svgFile()).then((png) => saveFile(png, `${fileName}.png`), setFailed);
  };
  const downloadCsv = () => saveFile(new Blob([csv()], { type: "text/csv;charset=utf-8" }), `${fileName}.csv`);

  return (
    <figure className="chart-figure" aria-labelledby={headingId}>
      <div className="chart-head">
        <h2 id={headingId}>{title}</h2>
        <button type="button" className="button button-quiet" aria-pressed={tableView} onClick={() => setTableView((t) => !t)}>
          Table view
        </button>
      </div>
      <p className="chart-description">{description}</p>
      {controls}
      <div className="chart-plot" ref={box} hidden={tableView} />
      {tableView && <ChartTable caption={title} grid={grid} />}
      {note && <p className="chart-note">{note}</p>}
      <div className="chart-downloads" role="group" aria-label={`Download ${title}`}>
        <span aria-hidden="true">Download:</span>
        <button type="button" className="button button-quiet" onClick={downloadSvg}>
          <span className="visually-hidden">Download </span>SVG
        </button>
        <button type="button" className="button button-quiet" onClick={downloadPng}>
          <span className="visually-hidden">Download </span>PNG
        </button>
        <button type="button" className="button button-quiet" onClick={downloadCsv}>
          <span className="visually-hidden">Download </span>CSV
        </button>
      </div>
      {failed !== null && <ErrorAlert error={failed} />}
    </figure>
  );
}
