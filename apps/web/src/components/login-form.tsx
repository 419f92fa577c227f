import { useQueryClient } from "@tanstack/react-query";
import type { FormEvent } from "react";
import { isApiError } from "../api/api-error.ts";
import { useLogin } from "../queries/use-login.ts";
import { setupStatusQuery } from "../queries/use-setup-status.ts";
import { ErrorAlert } from "./error-alert.tsx";
import { TextField } from "./text-field.tsx";

/** Email and password. On success the signed-in `Me` lands in the cache and the page redirects itself. */
export function LoginForm() {
  const login = useLogin();
  const queryClient = useQueryClient();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    login.mutate(
      { email: String(data.get("email") ?? ""), password: String(data.get("password") ?? "") },
      {
        // Someone reset the database since the page loaded: the setup status query sends us to /setup.
        onError: (error) => {
          if (isApiError(error, "setup_required")) void queryClient.invalidateQueries({ queryKey: setupStatusQuery().queryKey });
        },
      },
    );
  }

  const busy = login.isPending;
  return (
    <form className="form" onSubmit={onSubmit}>
      {login.isError && <LoginError error={login.error} />}
      <TextField name="email" label="Email" type="email" autoComplete="username" required disabled={busy} />
      <TextField name="password" label="Password" type="password" autoComplete="current-password" required disabled={busy} />
      <button type="submit" className="button button-primary" disabled={busy}>
        {busy ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}

function LoginError({ error }: { error: unknown }) {
  if (isApiError(error, "validation_failed")) {
    return (
      <p className="alert" role="alert">
        Enter your email address and password.
      </p>
    );
  }
  return <ErrorAlert error={error} apiMessageFor={["invalid_credentials", "rate_limited", "forbidden"]} />;
}
