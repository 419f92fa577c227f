import type { Matrix, MatrixAxisValue } from "@verbatim/contract";
import { useId } from "react";
import { Link } from "react-router";
import type { AnalysisState, FilterKey } from "./analysis-url.ts";
import { DIMENSION_LABELS } from "./dimension-labels.ts";
import { MixBar, MixLegend } from "./mix-bar.tsx";
import { mixColours } from "./mix-colours.ts";
import { cellDescription, cellLookup, colLabel, mixValues, rowLabel } from "./matrix-shape.ts";
import { passagesHref } from "./passages-link.ts";

interface MatrixTableProps {
  matrix: Matrix;
  state: AnalysisState;
  onFilter: (key: FilterKey, value: string) => void;
}

/**
 * The matrix as a table: a row per row value, a column per column value, each cell its count and mix linking to its
 * passages, with totals. Wide matrices scroll inside their own box (the page never scrolls sideways).
 */
export function MatrixTable({ matrix, state, onFilter }: MatrixTableProps) {
  const captionId = useId();
  const cell = cellLookup(matrix);
  const mix = mixValues(matrix);
  const colour = mixColours(matrix.breakdownBy, mix);
  const rowsName = DIMENSION_LABELS[matrix.rowsBy];
  const colsName = DIMENSION_LABELS[matrix.colsBy];
  const mixName = DIMENSION_LABELS[matrix.breakdownBy];
  const links = { ...state, rows: matrix.rowsBy, cols: matrix.colsBy };
  const chosen = (key: FilterKey, value: string) => state.filters[key]?.length === 1 && state.filters[key][0] === value;

  return (
    <>
      <MixLegend title={mixName} values={mix.map((v) => ({ ...v, colour: colour(v.key) }))} />
      {/* A region with a name and in the tab order, so a keyboard can scroll a wide matrix (WCAG 2.1.1). */}
      <div className="matrix-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className="matrix-table">
          <caption id={captionId}>
            Annotations by {rowsName.toLowerCase()} and {colsName.toLowerCase()}, each cell with its mix by {mixName.toLowerCase()}
          </caption>
          <thead>
            <tr>
              <th scope="col" className="matrix-corner">
                {rowsName} <span aria-hidden="true">\</span>
                <span className="visually-hidden">by</span> {colsName}
              </th>
              {matrix.cols.map((c) => (
                <th key={c.key} scope="col">
                  <AxisHeader
                    label={colLabel(matrix, c)}
                    dimension={colsName}
                    chosen={chosen(matrix.colsBy, c.key)}
                    onFilter={() => onFilter(matrix.colsBy, c.key)}
                  />
                </th>
              ))}
              <th scope="col" className="matrix-total">
                Total
              </th>
            </tr>
          </thead>
          <tbody>
            {matrix.rows.map((r: MatrixAxisValue) => (
              <tr key={r.key}>
                <th scope="row">
                  <AxisHeader
                    label={rowLabel(matrix, r)}
                    dimension={rowsName}
                    chosen={chosen(matrix.rowsBy, r.key)}
                    onFilter={() => onFilter(matrix.rowsBy, r.key)}
                  />
                </th>
                {matrix.cols.map((c) => {
                  const found = cell(r.key, c.key);
                  if (!found) {
                    return (
                      <td key={c.key} className="matrix-cell matrix-empty">
                        0
                      </td>
                    );
                  }
                  const words = cellDescription(found, matrix);
                  return (
                    <td key={c.key} className="matrix-cell">
                      <Link to={passagesHref(links, r.key, c.key)} title={`${rowLabel(matrix, r)} × ${colLabel(matrix, c)}: ${words}`}>
                        <span className="matrix-count" aria-hidden="true">
                          {found.count.toLocaleString("en")}
                        </span>
                        <span className="visually-hidden">{words}</span>
                        <MixBar cell={found} colour={colour} />
                      </Link>
                    </td>
                  );
                })}
                <td className="matrix-total">{r.count.toLocaleString("en")}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Total</th>
              {matrix.cols.map((c) => (
                <td key={c.key} className="matrix-total">
                  {c.count.toLocaleString("en")}
                </td>
              ))}
              <td className="matrix-total">{matrix.total.toLocaleString("en")}</td>
            </tr>
          </tfoot>
        </table>
      </div>
    </>
  );
}

/** A row's or column's label, and a button that makes it a filter (unless it is the filter already). */
function AxisHeader({ label, dimension, chosen, onFilter }: { label: string; dimension: string; chosen: boolean; onFilter: () => void }) {
  return (
    <span className="matrix-axis">
      <span className="matrix-axis-label">{label}</span>
      {!chosen && (
        <button type="button" className="matrix-filter" onClick={onFilter} title={`Filter by ${dimension.toLowerCase()}: ${label}`}>
          <span aria-hidden="true">+</span>
          <span className="visually-hidden">
            Filter by {dimension.toLowerCase()}: {label}
          </span>
        </button>
      )}
    </span>
  );
}
