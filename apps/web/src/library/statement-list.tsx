import type { StatementSummary } from "../queries/use-statements.ts";
import { type RowSelection, StatementRow } from "./statement-row.tsx";

/** The library's statements as a list named by the page heading, one row per statement. */
export function StatementList(props: { statements: readonly StatementSummary[]; labelledBy: string; selection?: RowSelection }) {
  const { statements, labelledBy, selection } = props;
  return (
    <ul className="library-list" aria-labelledby={labelledBy}>
      {statements.map((s) => (
        <StatementRow key={s.id} statement={s} selection={selection} />
      ))}
    </ul>
  );
}
