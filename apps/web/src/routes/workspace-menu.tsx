import { useId, useState } from "react";
import { useNavigate } from "react-router";
import { ErrorAlert } from "../components/error-alert.tsx";
import type { Me } from "../queries/use-me.ts";
import { useSwitchWorkspace } from "../queries/use-switch-workspace.ts";
import { ROLE_LABELS } from "../team/roles.ts";
import { NewWorkspaceDialog } from "./new-workspace-dialog.tsx";
import { useDisclosure } from "./use-disclosure.ts";

/**
 * The workspace the user acts in, in the banner. With somewhere else to go (another of their workspaces, or a new
 * one when `me.abilities.createWorkspace` says they may create it) it opens a list to switch from: a disclosure,
 * so Tab walks it and Escape or leaving it closes it. A switch lands on the other workspace's library.
 */
export function WorkspaceMenu({ me }: { me: Me }) {
  const { open, setOpen, rootRef, toggleRef, onKeyDown, onBlur } = useDisclosure();
  const [creating, setCreating] = useState(false);
  const switchTo = useSwitchWorkspace();
  const navigate = useNavigate();
  const panelId = useId();
  const headingId = useId();

  const others = me.workspaces.filter((w) => w.id !== me.workspace.id);
  const mayCreate = me.abilities.createWorkspace;
  if (others.length === 0 && !mayCreate) {
    return (
      <p className="workspace-name">
        <span className="visually-hidden">Workspace: </span>
        {me.workspace.name}
      </p>
    );
  }

  const close = () => {
    setOpen(false);
    toggleRef.current?.focus();
  };
  const choose = (workspaceId: string) => {
    if (switchTo.isPending) return;
    switchTo.mutate(workspaceId, {
      onSuccess: () => {
        close();
        void navigate("/");
      },
    });
  };
  const startCreating = () => {
    // The dialog hands the focus back to whatever had it when it opened: the toggle, which stays on the page.
    close();
    setCreating(true);
  };

  return (
    <>
      <div className="workspace-menu" ref={rootRef} onKeyDown={onKeyDown} onBlur={onBlur}>
        <button
          ref={toggleRef}
          type="button"
          className="workspace-toggle"
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => setOpen((o) => !o)}
        >
          <span className="visually-hidden">Workspace:</span> <span className="workspace-toggle-name">{me.workspace.name}</span>
          <span className="workspace-caret" aria-hidden="true">
            ▾
          </span>
        </button>
        <div id={panelId} className="workspace-panel" hidden={!open}>
          <p className="workspace-panel-heading" id={headingId}>
            Your workspaces
          </p>
          <ul aria-labelledby={headingId}>
            {me.workspaces.map((w) =>
              w.id === me.workspace.id ? (
                <li key={w.id}>
                  <span className="workspace-item" aria-current="true">
                    <span>{w.name}</span>
                    <span className="workspace-item-note">{ROLE_LABELS[w.role]} · current</span>
                  </span>
                </li>
              ) : (
                <li key={w.id}>
                  <button
                    type="button"
                    className="workspace-item"
                    onClick={() => choose(w.id)}
                    aria-disabled={switchTo.isPending || undefined}
                  >
                    <span>{switchTo.isPending && switchTo.variables === w.id ? `Opening ${w.name}…` : w.name}</span>
                    <span className="workspace-item-note">{ROLE_LABELS[w.role]}</span>
                  </button>
                </li>
              ),
            )}
          </ul>
          {switchTo.isError && <ErrorAlert error={switchTo.error} />}
          {mayCreate && (
            <button type="button" className="workspace-item workspace-new" onClick={startCreating}>
              New workspace…
            </button>
          )}
        </div>
      </div>
      {creating && <NewWorkspaceDialog onClose={() => setCreating(false)} />}
    </>
  );
}
