import { SetupRequest } from "@verbatim/contract";
import { useRef, useState, type FormEvent } from "react";
import { Link } from "react-router";
import { isApiError } from "../api/api-error.ts";
import { fieldErrors, fieldErrorsFromApi, focusFirstInvalid, type FieldErrors } from "../lib/field-errors.ts";
import { useSetup } from "../queries/use-setup.ts";
import { ErrorAlert } from "./error-alert.tsx";
import { SampleChoice } from "./sample-choice.tsx";
import { TextField } from "./text-field.tsx";

const MESSAGES = {
  workspaceName: "Enter a name for the workspace (up to 120 characters).",
  name: "Enter your name (up to 120 characters).",
  email: "Enter a valid email address.",
  password: "Choose a password of at least 10 characters.",
};
type Field = keyof typeof MESSAGES;
const FIELDS = Object.keys(MESSAGES) as Field[];

interface SetupFormProps {
  samples: readonly { key: string; title: string; delegation: string | null }[];
}

export function SetupForm({ samples }: SetupFormProps) {
  const setup = useSetup();
  const formRef = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<FieldErrors<Field>>({});

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const text = (name: string) => String(data.get(name) ?? "");
    const body = {
      workspaceName: text("workspaceName"),
      name: text("name"),
      email: text("email"),
      password: text("password"),
      loadSamples: data.get("loadSamples") === "on",
    };
    const checked = SetupRequest.safeParse(body);
    const found = checked.success ? {} : fieldErrors(checked.error.issues, MESSAGES);
    setErrors(found);
    if (!checked.success) return focusFirstInvalid(formRef.current, FIELDS, found);
    setup.mutate(body, {
      onError: (error) => {
        const fromApi = fieldErrorsFromApi(error, MESSAGES);
        setErrors(fromApi);
        focusFirstInvalid(formRef.current, FIELDS, fromApi);
      },
    });
  }

  const busy = setup.isPending;
  const apiFieldErrors = Object.keys(errors).length > 0;
  return (
    <form ref={formRef} className="form" onSubmit={onSubmit} noValidate>
      <div>
        {apiFieldErrors && (
          <p className="alert" role="alert">
            Check the fields marked below.
          </p>
        )}
        {setup.isError && !apiFieldErrors && <SetupError error={setup.error} />}
      </div>
      <TextField
        name="workspaceName"
        label="Workspace name"
        hint="Your team or desk, for example “Multilateral desk”."
        autoComplete="organization"
        required
        error={errors.workspaceName}
        disabled={busy}
      />
      <TextField name="name" label="Your name" autoComplete="name" required error={errors.name} disabled={busy} />
      <TextField name="email" label="Email" type="email" autoComplete="email" required error={errors.email} disabled={busy} />
      <TextField
        name="password"
        label="Password"
        type="password"
        hint="At least 10 characters."
        autoComplete="new-password"
        minLength={10}
        required
        error={errors.password}
        disabled={busy}
      />
      <SampleChoice samples={samples} disabled={busy} />
      <button type="submit" className="button button-primary" disabled={busy}>
        {busy ? "Creating workspace…" : "Create workspace"}
      </button>
    </form>
  );
}

function SetupError({ error }: { error: unknown }) {
  if (isApiError(error, "setup_done")) {
    return (
      <div className="alert" role="alert">
        <p>Verbatim has already been set up.</p>
        <Link to="/login">Sign in instead</Link>
      </div>
    );
  }
  return <ErrorAlert error={error} apiMessageFor={["rate_limited"]} />;
}
