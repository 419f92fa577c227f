import type { StatementSummary } from "../queries/use-statements.ts";
import { StatementRow } from "./statement-row.tsx";

/** The library's statements as a list named by the page heading, one row per statement. */
export function StatementList({ statements, labelledBy }: { statements: readonly StatementSummary[]; labelledBy: string }) {
  return (
    <ul className="library-list" aria-labelledby={labelledBy}>
      {statements.map((s) => (
        <StatementRow key={s.id} statement={s} />
      ))}
    </ul>
  );
}
