import type { StatementSummary } from "../queries/use-statements.ts";
import { StatementCard } from "./statement-card.tsx";

interface StatementListProps {
  statements: readonly StatementSummary[];
  labelledBy: string;
  query: string;
}

export function StatementList({ statements, labelledBy, query }: StatementListProps) {
  if (statements.length === 0) return <EmptyState query={query} />;
  return (
    <ul className="statement-list" aria-labelledby={labelledBy}>
      {statements.map((s) => (
        <StatementCard key={s.id} statement={s} />
      ))}
    </ul>
  );
}

function EmptyState({ query }: { query: string }) {
  return (
    <div className="empty-state">
      {query ? (
        <p>No statements match “{query}”.</p>
      ) : (
        <>
          <p className="empty-state-title">No statements yet.</p>
          <p>Statements imported into this workspace will be listed here, newest first.</p>
        </>
      )}
    </div>
  );
}
