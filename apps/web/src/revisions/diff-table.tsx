import type { DiffRow } from "@verbatim/contract";
import { fateDetail, sideText } from "./diff-words.tsx";

interface DiffTableProps {
  from: number;
  to: number;
  rows: readonly DiffRow[];
}

const number = (block: DiffRow["before"]) => (block?.number == null ? null : `¶${block.number}`);

/**
 * The two revisions side by side, one row per paragraph or heading ID: its ID, fate and display numbers, the older
 * text on the left and the newer on the right, with removed words struck through and added ones underlined.
 */
export function DiffTable({ from, to, rows }: DiffTableProps) {
  return (
    <table className="revision-diff-table">
      <caption className="visually-hidden">
        Paragraphs of revision {from} and revision {to}, side by side
      </caption>
      <colgroup>
        <col className="revision-diff-id" />
        <col />
        <col />
      </colgroup>
      <thead>
        <tr>
          <th scope="col">Paragraph</th>
          <th scope="col">Revision {from}</th>
          <th scope="col">Revision {to}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id} className={`revision-diff-row fate-${row.fate}`}>
            <th scope="row">
              <span className="revision-diff-block-id">{row.id}</span>
              <span className={`fate-badge fate-badge-${row.fate}`}>{row.fate}</span>
              {fateDetail(row) && <span className="revision-diff-detail">{fateDetail(row)}</span>}
            </th>
            <DiffCell row={row} side="before" />
            <DiffCell row={row} side="after" />
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function DiffCell({ row, side }: { row: DiffRow; side: "before" | "after" }) {
  const block = row[side];
  if (!block) {
    return (
      <td className="revision-diff-empty">
        <span className="visually-hidden">{side === "before" ? "Not in the older revision" : "Not in the newer revision"}</span>
      </td>
    );
  }
  const shownNumber = number(block);
  return (
    <td className={row.kind === "heading" ? "revision-diff-heading" : undefined}>
      {shownNumber && <span className="revision-diff-number">{shownNumber} </span>}
      {sideText(row, side)}
    </td>
  );
}
