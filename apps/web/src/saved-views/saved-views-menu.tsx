import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import { Link } from "react-router";
import { ErrorAlert } from "../components/error-alert.tsx";
import type { SavedView } from "./saved-views-query.ts";
import { viewHref } from "./view-pages.ts";

interface SavedViewsMenuProps {
  /** The list's name ("Saved searches"). */
  label: string;
  views: { data: SavedView[] | undefined; error: unknown; isError: boolean; refetch: () => unknown };
  /** The page's query string now: the view saved with it is marked as the current one. */
  params: string;
  onCopyLink: (view: SavedView) => void;
  onRename: (view: SavedView) => void;
  onDelete: (view: SavedView) => void;
}

/**
 * "Saved searches (3)": a disclosure button and, under it, the views as links to their page, each with Copy link
 * and, when its `can` says so, Rename and Delete. A list of links and buttons rather than an ARIA menu, so Tab and
 * the screen reader's own list navigation work; Escape and a click outside close it.
 */
export function SavedViewsMenu({ label, views, params, onCopyLink, onRename, onDelete }: SavedViewsMenuProps) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (e: PointerEvent) => {
      if (rootRef.current && !rootRef.current.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener("pointerdown", onPointerDown);
    return () => document.removeEventListener("pointerdown", onPointerDown);
  }, [open]);

  const closeOnEscape = (e: React.KeyboardEvent) => {
    if (e.key !== "Escape" || e.defaultPrevented) return;
    e.preventDefault();
    setOpen(false);
    toggleRef.current?.focus();
  };
  // Each action closes the list first, as choosing a menu item would; a dialog then takes the focus.
  const act = (run: (view: SavedView) => void) => (view: SavedView) => {
    setOpen(false);
    run(view);
  };
  const count = views.data ? ` (${views.data.length})` : "";

  return (
    <div className="saved-views-menu" ref={rootRef} onKeyDown={closeOnEscape}>
      <button
        ref={toggleRef}
        type="button"
        className="button button-secondary saved-views-toggle"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
      >
        {label}
        {count} <span aria-hidden="true">▾</span>
      </button>
      <div id={panelId} className="saved-views-panel" hidden={!open}>
        {open && (
          <ViewList label={label} views={views}>
            {(view) => (
              <ViewItem
                key={view.id}
                view={view}
                current={view.params === params}
                onChoose={() => setOpen(false)}
                onCopyLink={act(onCopyLink)}
                onRename={act(onRename)}
                onDelete={act(onDelete)}
              />
            )}
          </ViewList>
        )}
      </div>
    </div>
  );
}

function ViewList({ label, views, children }: Pick<SavedViewsMenuProps, "label" | "views"> & { children: (v: SavedView) => ReactNode }) {
  if (views.isError) return <ErrorAlert error={views.error} onRetry={() => void views.refetch()} />;
  if (!views.data) return <p className="saved-views-empty">Loading…</p>;
  if (views.data.length === 0)
    return <p className="saved-views-empty">Nothing saved yet. “Save view” keeps this page as it is now, by name.</p>;
  return (
    <ul className="saved-views-list" aria-label={label}>
      {views.data.map(children)}
    </ul>
  );
}

interface ViewItemProps {
  view: SavedView;
  current: boolean;
  onChoose: () => void;
  onCopyLink: (view: SavedView) => void;
  onRename: (view: SavedView) => void;
  onDelete: (view: SavedView) => void;
}

function ViewItem({ view, current, onChoose, onCopyLink, onRename, onDelete }: ViewItemProps) {
  return (
    <li className="saved-view">
      <div className="saved-view-name">
        <Link to={viewHref(view)} aria-current={current ? "page" : undefined} onClick={onChoose}>
          {view.name}
        </Link>
        <span className="saved-view-by">by {view.createdBy.name}</span>
      </div>
      <div className="saved-view-actions">
        <button type="button" className="button button-quiet" aria-label={`Copy link to ${view.name}`} onClick={() => onCopyLink(view)}>
          Copy link
        </button>
        {view.can.edit && (
          <button type="button" className="button button-quiet" aria-label={`Rename ${view.name}`} onClick={() => onRename(view)}>
            Rename
          </button>
        )}
        {view.can.delete && (
          <button type="button" className="button button-quiet" aria-label={`Delete ${view.name}`} onClick={() => onDelete(view)}>
            Delete
          </button>
        )}
      </div>
    </li>
  );
}
