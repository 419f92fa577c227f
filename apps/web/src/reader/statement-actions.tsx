import { useState } from "react";
import { useNavigate } from "react-router";
import { ErrorAlert } from "../components/error-alert.tsx";
import { statementNotices } from "../library/statement-notices.ts";
import { useDeleteStatement } from "../queries/use-delete-statement.ts";
import type { Statement } from "../queries/use-statement.ts";
import { EditStatementDialog } from "./edit-statement-dialog.tsx";

/**
 * What may be done to the statement itself, as its `can` says: edit its details, delete it. A deletion asks no
 * confirmation: the library it lands on offers Undo, which restores the statement with everything on it.
 */
export function StatementActions({ statement }: { statement: Statement }) {
  const [editing, setEditing] = useState(false);
  const remove = useDeleteStatement();
  const navigate = useNavigate();
  if (!statement.can.edit && !statement.can.delete) return null;

  const onDelete = () => {
    if (remove.isPending) return;
    const { slug, title } = statement;
    remove.mutate(
      { slug },
      {
        onSuccess: () => {
          statementNotices.show({ type: "deleted", slug, title });
          void navigate("/");
        },
      },
    );
  };
  return (
    <div className="statement-actions">
      {statement.can.edit && (
        <button type="button" className="button button-secondary" onClick={() => setEditing(true)}>
          Edit details
        </button>
      )}
      {statement.can.delete && (
        <button
          type="button"
          className="button button-quiet statement-delete"
          onClick={onDelete}
          aria-disabled={remove.isPending || undefined}
        >
          {remove.isPending ? "Deleting…" : "Delete statement"}
        </button>
      )}
      {remove.isError && <ErrorAlert error={remove.error} />}
      {editing && <EditStatementDialog statement={statement} onClose={() => setEditing(false)} />}
    </div>
  );
}
