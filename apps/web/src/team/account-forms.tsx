import { AcceptInvitationRequest } from "@verbatim/contract";
import { useRef, useState, type FormEvent } from "react";
import { isApiError } from "../api/api-error.ts";
import { TextField } from "../components/text-field.tsx";
import { fieldErrors, fieldErrorsFromApi, focusFirstInvalid, type FieldErrors } from "../lib/field-errors.ts";
import type { AcceptInput } from "./use-invitation-link.ts";

const NEW_MESSAGES = {
  name: "Enter your name (up to 120 characters).",
  email: "Enter a valid email address.",
  password: "Choose a password of at least 10 characters.",
};
const EXISTING_MESSAGES = { email: "Enter your email address.", password: "Enter your password." };
type Field = keyof typeof NEW_MESSAGES;
const FIELDS: Field[] = ["name", "email", "password"];

interface AccountFormProps {
  account: "new" | "existing";
  workspaceName: string;
  busy: boolean;
  /** Sends the body; resolves with the error when the API refused it. */
  onSubmit: (body: AcceptInput) => Promise<unknown>;
  onUseExisting: () => void;
}

/** Name, email and a new password; or the email and password of an account the person already has. */
export function AccountForm({ account, workspaceName, busy, onSubmit, onUseExisting }: AccountFormProps) {
  const formRef = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const [emailTaken, setEmailTaken] = useState(false);
  const messages = account === "new" ? NEW_MESSAGES : EXISTING_MESSAGES;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const text = (name: string) => String(data.get(name) ?? "");
    const body =
      account === "new"
        ? { account, name: text("name"), email: text("email"), password: text("password") }
        : { account, email: text("email"), password: text("password") };
    const checked = AcceptInvitationRequest.safeParse(body);
    const found = checked.success ? {} : fieldErrors(checked.error.issues, messages);
    setErrors(found);
    setEmailTaken(false);
    if (!checked.success) return focusFirstInvalid(formRef.current, FIELDS, found);
    const error = await onSubmit(body);
    if (isApiError(error, "email_taken")) {
      setEmailTaken(true);
      setErrors({ email: "An account with this email exists already." });
      focusFirstInvalid(formRef.current, FIELDS, { email: "taken" });
    } else if (error) setErrors(fieldErrorsFromApi(error, messages));
  }

  return (
    <form ref={formRef} className="form" onSubmit={(e) => void submit(e)} noValidate>
      {account === "new" && <TextField name="name" label="Your name" autoComplete="name" required error={errors.name} disabled={busy} />}
      <TextField
        name="email"
        label="Email"
        type="email"
        autoComplete={account === "new" ? "email" : "username"}
        required
        error={errors.email}
        disabled={busy}
      />
      {emailTaken && (
        <p className="join-hint">
          <button type="button" className="link-button" onClick={onUseExisting}>
            Sign in with that account instead
          </button>
        </p>
      )}
      <TextField
        name="password"
        label="Password"
        type="password"
        hint={account === "new" ? "At least 10 characters." : undefined}
        autoComplete={account === "new" ? "new-password" : "current-password"}
        minLength={account === "new" ? 10 : undefined}
        required
        error={errors.password}
        disabled={busy}
      />
      <button type="submit" className="button button-primary" disabled={busy}>
        {busy ? "Joining…" : account === "new" ? `Create account and join ${workspaceName}` : `Sign in and join ${workspaceName}`}
      </button>
    </form>
  );
}
