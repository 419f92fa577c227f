import { StatementSummary, UpdateStatementRequest } from "@verbatim/contract";
import { type FormEvent, useId, useRef, useState } from "react";
import { isApiError } from "../api/api-error.ts";
import { ErrorAlert } from "../components/error-alert.tsx";
import { Modal } from "../components/modal.tsx";
import { FIELD_MESSAGES } from "../library/import/field-messages.ts";
import { METADATA_FIELDS, type MetadataField, type MetadataValues } from "../library/import/metadata-fields.ts";
import { FIELDS, suggestionsListOf } from "../library/import/metadata-form.tsx";
import { MetadataInput } from "../library/import/metadata-input.tsx";
import { type FieldErrors, fieldErrors, fieldErrorsFromApi, focusFirstInvalid } from "../lib/field-errors.ts";
import type { Statement } from "../queries/use-statement.ts";
import { type UpdateStatementInput, useUpdateStatement } from "../queries/use-update-statement.ts";
import { useDelegationLists } from "../registry/use-delegation-lists.tsx";

type Details = Pick<Statement, "version" | MetadataField>;

const valuesOf = (s: Details): MetadataValues => Object.fromEntries(METADATA_FIELDS.map((f) => [f, s[f] ?? ""])) as MetadataValues;

/** The fields the form changed, trimmed, an emptied one as null (which clears it): a save sends only these. */
export function detailsChanges(base: Details, values: MetadataValues): UpdateStatementInput {
  const body: UpdateStatementInput = { version: base.version };
  for (const field of METADATA_FIELDS) {
    const value = values[field].trim();
    if (value === (base[field] ?? "")) continue;
    if (field === "title") body.title = value;
    else body[field] = value === "" ? null : value;
  }
  return body;
}

const CONFLICT =
  "Someone else changed these details while you were editing. The form now shows their version: make your change again and save.";

/**
 * "Edit details": the statement's metadata in the import form's fields. The slug is not among them, so links keep
 * working. A save that lost to someone else's (409) shows their version, loaded again, instead of overwriting it.
 */
export function EditStatementDialog({ statement, onClose }: { statement: Statement; onClose: () => void }) {
  const titleId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const update = useUpdateStatement(statement.slug);
  const [base, setBase] = useState<Details>(statement);
  const [values, setValues] = useState(() => valuesOf(statement));
  const [errors, setErrors] = useState<FieldErrors<MetadataField>>({});
  const [conflict, setConflict] = useState(false);
  const busy = update.isPending;
  const suggestions = useDelegationLists();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const body = detailsChanges(base, values);
    const checked = UpdateStatementRequest.safeParse(body);
    if (!checked.success) {
      const found = fieldErrors(checked.error.issues, FIELD_MESSAGES);
      setErrors(found);
      return focusFirstInvalid(formRef.current, METADATA_FIELDS, found);
    }
    setErrors({});
    setConflict(false);
    update.mutate(body, {
      onSuccess: onClose,
      onError: (error) => {
        const current = isApiError(error, "version_conflict")
          ? StatementSummary.safeParse((error.details as { current?: unknown })?.current)
          : null;
        if (current?.success) {
          setBase(current.data);
          setValues(valuesOf(current.data));
          setConflict(true);
        }
        const found = fieldErrorsFromApi(error, FIELD_MESSAGES);
        setErrors(found);
        focusFirstInvalid(formRef.current, METADATA_FIELDS, found);
      },
    });
  }

  const onChange = (field: MetadataField, value: string) => setValues((v) => ({ ...v, [field]: value }));
  const unexpected = update.isError && !conflict && Object.keys(errors).length === 0;
  return (
    <Modal labelledBy={titleId} onClose={busy ? () => {} : onClose} className="edit-statement-dialog">
      <form ref={formRef} className="modal-form" onSubmit={onSubmit} noValidate>
        <header className="modal-header">
          <h2 id={titleId}>Edit details</h2>
        </header>
        <div className="modal-body">
          {conflict && (
            <div className="alert" role="alert">
              <p>{CONFLICT}</p>
            </div>
          )}
          <fieldset className="metadata-form">
            <legend className="visually-hidden">Statement details</legend>
            {suggestions.lists}
            {FIELDS.map(({ field, label, type, placeholder, wide, multiline }) => (
              <div key={field} className={wide ? "metadata-field-wide" : undefined}>
                <MetadataInput
                  label={label}
                  type={type ?? "text"}
                  multiline={multiline ?? false}
                  value={values[field]}
                  onChange={(value) => onChange(field, value)}
                  placeholder={placeholder}
                  fromText={false}
                  note={undefined}
                  error={errors[field]}
                  required={field === "title"}
                  autoFocus={field === "title"}
                  readOnly={busy}
                  list={suggestionsListOf(suggestions, field)}
                />
              </div>
            ))}
          </fieldset>
          <p className="field-hint">The statement keeps its address ({statement.slug}), so links and citations to it still work.</p>
          {unexpected && <ErrorAlert error={update.error} />}
        </div>
        <footer className="modal-footer">
          <div className="modal-actions">
            <button type="button" className="button button-secondary" onClick={onClose} disabled={busy}>
              Cancel
            </button>
            {/* Never disabled: focus stays on it while the request runs, inside the dialog. */}
            <button type="submit" className="button button-primary" aria-disabled={busy || undefined}>
              {busy ? "Saving…" : "Save"}
            </button>
          </div>
        </footer>
      </form>
    </Modal>
  );
}
