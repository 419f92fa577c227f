import { useState } from "react";
import { useSession } from "../components/session-context.ts";
import { ExportDialog } from "./export-dialog.tsx";
import type { StatementChoice } from "./export-selection.ts";

/** Opens the export dialog; from a statement's page, that statement comes preselected. Every role may export. */
export function ExportButton({ statement }: { statement?: StatementChoice }) {
  const me = useSession();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button button-secondary" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        Export annotations
      </button>
      {open && <ExportDialog initialStatements={statement ? [statement] : []} userId={me.user.id} onClose={() => setOpen(false)} />}
    </>
  );
}
