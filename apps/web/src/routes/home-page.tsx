import { useState } from "react";
import { AssignButton } from "../assignments/assign-button.tsx";
import { useSearchParams } from "react-router";
import { useSession } from "../components/session-context.ts";
import { ExportButton } from "../export/export-button.tsx";
import { ImportDialog } from "../library/import/import-dialog.tsx";
import { LibraryResults } from "../library/library-results.tsx";
import { LibraryToolbar } from "../library/library-toolbar.tsx";
import { StatementNotices } from "../library/statement-notice.tsx";
import type { RowSelection } from "../library/statement-row.tsx";
import { readLibraryParams, writeLibraryParams, type LibraryParams } from "../library/library-params.ts";
import { useStatements } from "../queries/use-statements.ts";

/** The workspace's library. The URL keeps the search and sort (`?q=`, `?sort=`), so they survive reloads and links. */
export function HomePage() {
  const me = useSession();
  const [params, setParams] = useSearchParams();
  const { q, sort } = readLibraryParams(params);
  const statements = useStatements(q, sort);
  const [importing, setImporting] = useState(false);
  const [chosen, setChosen] = useState<ReadonlyMap<string, string>>(new Map());
  const selection: RowSelection = {
    isSelected: (slug) => chosen.has(slug),
    onToggle: (s, on) =>
      setChosen((prev) => {
        const next = new Map(prev);
        if (on) next.set(s.slug, s.title);
        else next.delete(s.slug);
        return next;
      }),
  };
  const toAssign = [...chosen].map(([slug, title]) => ({ slug, title }));
  const mayImport = me.abilities.import;
  const openImport = mayImport ? () => setImporting(true) : null;
  // Typing replaces the history entry rather than adding one per pause; a sort is a deliberate step Back can undo.
  const update = (next: Partial<LibraryParams>, replace: boolean) => setParams((p) => writeLibraryParams(p, next), { replace });

  return (
    <section className="library" aria-labelledby="statements-heading">
      <div className="library-head">
        <h1 id="statements-heading">Statements</h1>
        <div className="library-actions">
          {me.abilities.assign && (
            <AssignButton statements={toAssign} label={toAssign.length > 0 ? `Assign ${toAssign.length} selected…` : "Assign…"} />
          )}
          <ExportButton />
          {mayImport ? (
            <button type="button" className="button button-primary" onClick={() => setImporting(true)}>
              Import statement
            </button>
          ) : (
            <p className="library-viewer-note">Viewers read and export statements; analysts import them.</p>
          )}
        </div>
      </div>
      <LibraryToolbar
        query={q}
        sort={sort}
        onSearch={(next) => update({ q: next }, true)}
        onSort={(next) => update({ sort: next }, false)}
      />
      <LibraryResults
        statements={statements}
        query={q}
        labelledBy="statements-heading"
        onImport={openImport}
        onClearSearch={() => update({ q: "" }, false)}
        selection={me.abilities.assign ? selection : undefined}
      />
      {importing && <ImportDialog onClose={() => setImporting(false)} />}
      <StatementNotices />
    </section>
  );
}
