import { CreateWorkspaceRequest } from "@verbatim/contract";
import { useId, useRef, useState, type FormEvent } from "react";
import { useNavigate } from "react-router";
import { isApiError } from "../api/api-error.ts";
import { ErrorAlert } from "../components/error-alert.tsx";
import { Modal } from "../components/modal.tsx";
import { TextField } from "../components/text-field.tsx";
import { errorMessage } from "../lib/error-message.ts";
import { useCreateWorkspace } from "../queries/use-create-workspace.ts";
import { useSwitchWorkspace } from "../queries/use-switch-workspace.ts";

const NAME_MESSAGE = "Enter a name for the workspace (up to 100 characters).";
const TAKEN_MESSAGE = "You already have a workspace of this name. Choose another.";

function submitLabel(created: { name: string } | null, busy: boolean): string {
  if (created) return busy ? `Opening ${created.name}…` : `Open ${created.name}`;
  return busy ? "Creating workspace…" : "Create workspace";
}

/**
 * "New workspace": a name, then the workspace is created with the user as its only admin, the session moves to
 * it and the page to its library, empty. Should the move fail, the workspace exists: the button then only opens it.
 */
export function NewWorkspaceDialog({ onClose }: { onClose: () => void }) {
  const titleId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const create = useCreateWorkspace();
  const switchTo = useSwitchWorkspace();
  const navigate = useNavigate();
  const [nameError, setNameError] = useState<string>();
  const [created, setCreated] = useState<{ id: string; name: string } | null>(null);
  const busy = create.isPending || switchTo.isPending;

  const focusName = () => formRef.current?.querySelector<HTMLInputElement>("input[name=name]")?.focus();

  function open(workspace: { id: string; name: string }) {
    setCreated(workspace);
    switchTo.mutate(workspace.id, {
      onSuccess: () => {
        onClose();
        void navigate("/");
      },
    });
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    if (created) return open(created);
    const body = { name: String(new FormData(event.currentTarget).get("name") ?? "") };
    if (!CreateWorkspaceRequest.safeParse(body).success) {
      setNameError(NAME_MESSAGE);
      return focusName();
    }
    setNameError(undefined);
    create.mutate(body, {
      onSuccess: ({ workspace }) => open(workspace),
      onError: (error) => {
        const message = isApiError(error, "conflict") ? TAKEN_MESSAGE : isApiError(error, "validation_failed") ? NAME_MESSAGE : undefined;
        setNameError(message);
        if (message) focusName();
      },
    });
  }

  return (
    <Modal labelledBy={titleId} onClose={busy ? () => {} : onClose} className="new-workspace-dialog">
      <form ref={formRef} className="modal-form" onSubmit={onSubmit} noValidate>
        <header className="modal-header">
          <h2 id={titleId}>New workspace</h2>
        </header>
        <div className="modal-body">
          <p>
            A workspace has its own statements, annotations and members. You will be its only admin, and can invite others from its Members
            page.
          </p>
          <TextField
            name="name"
            label="Workspace name"
            hint="Up to 100 characters, different from the names of your other workspaces."
            autoComplete="off"
            required
            data-autofocus
            error={nameError}
            readOnly={busy || created !== null}
          />
          {create.isError && !nameError && <ErrorAlert error={create.error} />}
          {switchTo.isError && created && (
            <div className="alert" role="alert">
              <p>
                {created.name} was created, but could not be opened. {errorMessage(switchTo.error)} You can also choose it later from the
                workspace menu.
              </p>
            </div>
          )}
        </div>
        <footer className="modal-footer">
          <div className="modal-actions">
            <button type="button" className="button button-secondary" onClick={onClose} disabled={busy}>
              {created ? "Close" : "Cancel"}
            </button>
            {/* Never disabled: focus stays on it while the request runs, inside the dialog. */}
            <button type="submit" className="button button-primary" aria-disabled={busy || undefined}>
              {submitLabel(created, busy)}
            </button>
          </div>
        </footer>
      </form>
    </Modal>
  );
}
