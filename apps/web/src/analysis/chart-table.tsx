import type { ChartGrid } from "./chart-data.ts";

/** A chart's data as a table (its "Table view"): a row per row value, its counts under each column's heading. */
export function ChartTable({ caption, grid }: { caption: string; grid: ChartGrid }) {
  const [corner, ...cols] = grid.header;
  return (
    <div className="matrix-scroll" role="region" aria-label={`${caption}, table`} tabIndex={0}>
      <table className="matrix-table chart-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{corner}</th>
            {cols.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {grid.rows.map((r) => (
            <tr key={r.label}>
              <th scope="row">{r.label}</th>
              {r.counts.map((n, i) => (
                <td key={cols[i]} className={n === 0 ? "matrix-cell matrix-empty" : "matrix-cell"}>
                  {n.toLocaleString("en")}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
