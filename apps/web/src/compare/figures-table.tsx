import { alphaFigure, formatFigure, kappaFigure } from "./agreement-scale.ts";

export interface FiguresRow {
  key: string;
  label: string;
  kappa: number | null;
  alpha: number | null;
  ac1: number | null;
  /** What the row counts, in words. */
  units: string;
}

interface FiguresTableProps {
  caption: string;
  /** The first column's heading: Kind, Attribute, Code. */
  heading: string;
  rows: FiguresRow[];
  /** Cohen's κ is given only for two annotators. */
  withKappa: boolean;
}

/** κ, α and AC1 side by side, one row per kind, attribute or code. */
export function FiguresTable({ caption, heading, rows, withKappa }: FiguresTableProps) {
  return (
    <table className="agreement-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{heading}</th>
          {withKappa && <th scope="col">Cohen's κ</th>}
          <th scope="col">Krippendorff's α</th>
          <th scope="col">Gwet's AC1</th>
          <th scope="col">Units</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.label}</th>
            {withKappa && <td>{kappaFigure(row.kappa)}</td>}
            <td>{alphaFigure(row.alpha)}</td>
            <td>{formatFigure(row.ac1)}</td>
            <td>{row.units}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
