import type { SavedViewKind } from "@verbatim/contract";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { errorMessage } from "../lib/error-message.ts";
import { useMe } from "../queries/use-me.ts";
import { SavedViewNotice, type ViewNotice } from "./saved-view-notice.tsx";
import { SavedViewsMenu } from "./saved-views-menu.tsx";
import { type SavedView, savedViewsQuery } from "./saved-views-query.ts";
import { useCreateSavedView, useDeleteSavedView, useRenameSavedView } from "./use-saved-view-mutations.ts";
import { VIEW_LIST_NAMES, VIEW_NOUNS, viewLinkUrl } from "./view-pages.ts";
import { ViewNameDialog } from "./view-name-dialog.tsx";

interface SavedViewsProps {
  kind: SavedViewKind;
  /** The page's URL query string now, without the `?`: what "Save view" keeps. */
  params: string;
  /** False while the page shows nothing worth saving (a search page without a search): no "Save view" then. */
  savable?: boolean;
}

type Dialog = { mode: "save" } | { mode: "rename"; view: SavedView } | null;

/**
 * Saved views for a page (issue 17): "Save view" (for those whose abilities say they may) keeps the page's query
 * string by name for the workspace, and the list of the workspace's views of this kind opens, shares (Copy link:
 * `/views/<id>`), renames and deletes them (with Undo), each as its `can` allows.
 */
export function SavedViews({ kind, params, savable = true }: SavedViewsProps) {
  const me = useMe();
  const views = useQuery(savedViewsQuery(kind));
  const [dialog, setDialog] = useState<Dialog>(null);
  const [notice, setNotice] = useState<(ViewNotice & { id: number }) | null>(null);
  const show = (next: ViewNotice) => setNotice((old) => ({ ...next, id: (old?.id ?? 0) + 1 }));
  const dismiss = (id: number) => setNotice((old) => (old?.id === id ? null : old));
  const remove = useDeleteSavedView();
  const noun = VIEW_NOUNS[kind];

  const copyLink = (view: SavedView) => {
    const url = viewLinkUrl(view.id, window.location.origin);
    const writing = navigator.clipboard?.writeText(url) ?? Promise.reject(new Error("no clipboard"));
    writing.then(
      () => show({ type: "info", message: `Link to “${view.name}” copied.` }),
      () => show({ type: "link", name: view.name, url }),
    );
  };
  const deleteView = (view: SavedView) =>
    remove.mutate(
      { id: view.id },
      {
        onSuccess: () => show({ type: "deleted", view }),
        onError: (error) => show({ type: "error", message: `“${view.name}” could not be deleted. ${errorMessage(error)}` }),
      },
    );

  return (
    <div className="saved-views">
      {savable && me.data?.abilities.saveViews && (
        <button type="button" className="button button-secondary" onClick={() => setDialog({ mode: "save" })}>
          Save view
        </button>
      )}
      <SavedViewsMenu
        label={VIEW_LIST_NAMES[kind]}
        views={views}
        params={params}
        onCopyLink={copyLink}
        onRename={(view) => setDialog({ mode: "rename", view })}
        onDelete={deleteView}
      />
      {dialog?.mode === "save" && (
        <SaveDialog kind={kind} noun={noun} params={params} onClose={() => setDialog(null)} onSaved={(v) => show(savedNotice(v))} />
      )}
      {dialog?.mode === "rename" && (
        <RenameDialog
          view={dialog.view}
          onClose={() => setDialog(null)}
          onRenamed={(v) => show({ type: "info", message: `Renamed to “${v.name}”.` })}
        />
      )}
      <SavedViewNotice notice={notice} onShow={show} onDismiss={dismiss} />
    </div>
  );
}

const savedNotice = (view: SavedView): ViewNotice => ({ type: "info", message: `Saved “${view.name}” for the workspace.` });

interface SaveDialogProps {
  kind: SavedViewKind;
  noun: string;
  params: string;
  onClose: () => void;
  onSaved: (view: SavedView) => void;
}

function SaveDialog({ kind, noun, params, onClose, onSaved }: SaveDialogProps) {
  const create = useCreateSavedView();
  return (
    <ViewNameDialog
      title={`Save this ${noun}`}
      intro={`Everyone in the workspace will find it under its name, and can open it by its link.`}
      initialName=""
      action="Save view"
      busyAction="Saving…"
      pending={create.isPending}
      error={create.error}
      onEdit={() => create.reset()}
      onClose={onClose}
      onSubmit={(name) =>
        create.mutate(
          { kind, name, params },
          {
            onSuccess: ({ view }) => {
              onClose();
              onSaved(view);
            },
          },
        )
      }
    />
  );
}

function RenameDialog({ view, onClose, onRenamed }: { view: SavedView; onClose: () => void; onRenamed: (view: SavedView) => void }) {
  const rename = useRenameSavedView();
  return (
    <ViewNameDialog
      title="Rename view"
      intro={`Its link stays the same.`}
      initialName={view.name}
      action="Rename"
      busyAction="Renaming…"
      pending={rename.isPending}
      error={rename.error}
      onEdit={() => rename.reset()}
      onClose={onClose}
      onSubmit={(name) =>
        rename.mutate(
          { id: view.id, name },
          {
            onSuccess: ({ view: renamed }) => {
              onClose();
              onRenamed(renamed);
            },
          },
        )
      }
    />
  );
}
