import { SavedViewName } from "@verbatim/contract";
import { useId, useRef, useState, type FormEvent } from "react";
import { isApiError } from "../api/api-error.ts";
import { ErrorAlert } from "../components/error-alert.tsx";
import { Modal } from "../components/modal.tsx";
import { TextField } from "../components/text-field.tsx";
import { asSentence } from "../lib/error-message.ts";

const NAME_MESSAGE = "Enter a name of up to 120 characters.";

interface ViewNameDialogProps {
  title: string;
  intro: string;
  initialName: string;
  /** The submit button's label, and while the request runs. */
  action: string;
  busyAction: string;
  pending: boolean;
  /** The request's failure, if it failed: a taken name or a refused one is said by the field. */
  error: unknown;
  onSubmit: (name: string) => void;
  /** The name was changed after a refusal: the refusal no longer applies (reset the request). */
  onEdit: () => void;
  onClose: () => void;
}

/** A small dialog asking for a view's name: to save the page's state as a view, or to rename one. */
export function ViewNameDialog(props: ViewNameDialogProps) {
  const { pending, error } = props;
  const titleId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [localError, setLocalError] = useState<string>();
  const apiFieldError = isApiError(error, "conflict")
    ? asSentence(error.message)
    : isApiError(error, "validation_failed")
      ? NAME_MESSAGE
      : undefined;
  const nameError = localError ?? apiFieldError;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const parsed = SavedViewName.safeParse(String(new FormData(event.currentTarget).get("name") ?? ""));
    if (!parsed.success) {
      setLocalError(NAME_MESSAGE);
      formRef.current?.querySelector<HTMLInputElement>("input[name=name]")?.focus();
      return;
    }
    setLocalError(undefined);
    props.onSubmit(parsed.data);
  }

  return (
    <Modal labelledBy={titleId} onClose={pending ? () => {} : props.onClose} className="view-name-dialog">
      <form ref={formRef} className="modal-form" onSubmit={onSubmit} noValidate>
        <header className="modal-header">
          <h2 id={titleId}>{props.title}</h2>
        </header>
        <div className="modal-body">
          <p>{props.intro}</p>
          <TextField
            name="name"
            label="Name"
            defaultValue={props.initialName}
            maxLength={200}
            autoComplete="off"
            required
            data-autofocus
            error={nameError}
            onChange={() => {
              setLocalError(undefined);
              if (error) props.onEdit();
            }}
          />
          {error !== null && error !== undefined && !apiFieldError && <ErrorAlert error={error} />}
        </div>
        <footer className="modal-footer">
          <div className="modal-actions">
            <button type="button" className="button button-secondary" onClick={props.onClose} disabled={pending}>
              Cancel
            </button>
            <button type="submit" className="button button-primary" aria-disabled={pending || undefined}>
              {pending ? props.busyAction : props.action}
            </button>
          </div>
        </footer>
      </form>
    </Modal>
  );
}
