interface LibraryEmptyProps {
  query: string;
  /** Offers the import when the analyst may import; otherwise says who can. */
  onImport: (() => void) | null;
  onClearSearch: () => void;
}

/** No statements at all (invite an import), or none matching the search (say so, and offer a way back). */
export function LibraryEmpty({ query, onImport, onClearSearch }: LibraryEmptyProps) {
  if (query) {
    return (
      <div className="empty-state">
        <p className="empty-state-title">No statements match “{query}”.</p>
        <p>The search looks at titles, delegations and forums.</p>
        <button type="button" className="button button-secondary" onClick={onClearSearch}>
          Clear the search
        </button>
      </div>
    );
  }
  return (
    <div className="empty-state">
      <p className="empty-state-title">No statements yet.</p>
      {onImport ? (
        <>
          <p>Import a statement to read it, tag its positions, commitments and cross-references, and share them with your team.</p>
          <button type="button" className="button button-primary" onClick={onImport}>
            Import a statement
          </button>
        </>
      ) : (
        <p>Statements imported by the analysts of this workspace will be listed here.</p>
      )}
    </div>
  );
}
