import type { Role } from "@verbatim/core";
import { INVITATION_DAYS } from "@verbatim/contract";
import { useRef, useState, type FormEvent } from "react";
import { ErrorAlert } from "../components/error-alert.tsx";
import { TextField } from "../components/text-field.tsx";
import { fieldErrorsFromApi, focusFirstInvalid, type FieldErrors } from "../lib/field-errors.ts";
import { SelectField } from "../components/select-field.tsx";
import { CreatedLink } from "./created-link.tsx";
import { INVITE_MESSAGES, inviteBody, type InviteField } from "./invite-form-values.ts";
import { ROLE_LABELS, ROLE_OPTIONS, ROLE_SUMMARIES } from "./roles.ts";
import { useCreateInvitation } from "./use-invitations.ts";

const FIELDS: InviteField[] = ["role", "note", "expiresInDays"];

/** "Invite someone": a role, a note on who it is for, how long the link works; then the link itself, once. */
export function InviteForm() {
  const create = useCreateInvitation();
  const formRef = useRef<HTMLFormElement>(null);
  const [role, setRole] = useState<Role>("analyst");
  const [errors, setErrors] = useState<FieldErrors<InviteField>>({});

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const result = inviteBody({ role, note: String(data.get("note") ?? ""), expiresInDays: String(data.get("expiresInDays") ?? "") });
    if (!result.ok) {
      setErrors(result.errors);
      return focusFirstInvalid(formRef.current, FIELDS, result.errors);
    }
    setErrors({});
    create.mutate(result.body, {
      onSuccess: () => formRef.current?.reset(),
      onError: (error) => setErrors(fieldErrorsFromApi(error, INVITE_MESSAGES)),
    });
  }

  const busy = create.isPending;
  return (
    <section className="team-section" aria-labelledby="invite-heading">
      <h2 id="invite-heading">Invite someone</h2>
      <p className="team-intro">
        Create a link and send it however you like: whoever opens it joins with the role you choose. No email is sent.
      </p>
      <form ref={formRef} className="form invite-form" onSubmit={onSubmit} noValidate>
        <SelectField
          label="Role"
          hint={`${ROLE_LABELS[role]}: ${ROLE_SUMMARIES[role]}.`}
          value={role}
          options={ROLE_OPTIONS}
          onChange={setRole}
          disabled={busy}
        />
        <TextField
          name="note"
          label="Who is it for? (optional)"
          hint="Only admins see this note, in the list of invitations."
          maxLength={200}
          error={errors.note}
          disabled={busy}
        />
        <TextField
          name="expiresInDays"
          label="Link works for (days)"
          type="number"
          inputMode="numeric"
          min={INVITATION_DAYS.min}
          max={INVITATION_DAYS.max}
          defaultValue={INVITATION_DAYS.default}
          error={errors.expiresInDays}
          disabled={busy}
        />
        <div>
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? "Creating link…" : "Create invitation link"}
          </button>
        </div>
      </form>
      {create.isError && Object.keys(errors).length === 0 && <ErrorAlert error={create.error} />}
      {create.data && !busy && <CreatedLink key={create.data.token} created={create.data} />}
    </section>
  );
}
