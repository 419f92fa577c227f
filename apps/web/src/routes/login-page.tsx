import { Navigate, useLocation } from "react-router";
import { AuthShell } from "../components/auth-shell.tsx";
import { LoadingState } from "../components/loading-state.tsx";
import { LoginForm } from "../components/login-form.tsx";
import { useMe } from "../queries/use-me.ts";
import { useSetupStatus } from "../queries/use-setup-status.ts";

/** Where a page asked for while signed out sent us (see RequireSession); only same-app paths are followed. */
function returnPath(state: unknown): string {
  const from = typeof state === "object" && state !== null ? (state as { from?: unknown }).from : undefined;
  return typeof from === "string" && from.startsWith("/") && !from.startsWith("//") ? from : "/";
}

export function LoginPage() {
  const status = useSetupStatus();
  const me = useMe();
  const location = useLocation();

  if (me.data) return <Navigate to={returnPath(location.state)} replace />;
  if (status.data?.needed) return <Navigate to="/setup" replace />;
  return <AuthShell title="Sign in to Verbatim">{status.isPending || me.isPending ? <LoadingState /> : <LoginForm />}</AuthShell>;
}
