import { Navigate, Outlet, useLocation } from "react-router";
import { useMe } from "../queries/use-me.ts";
import { useResetOnSessionChange } from "../queries/use-reset-on-session-change.ts";
import { useSetupStatus } from "../queries/use-setup-status.ts";
import { ErrorAlert } from "./error-alert.tsx";
import { LoadingState } from "./loading-state.tsx";

/** Renders its child routes only for a signed-in user; sends everyone else to setup (first run) or sign-in. */
export function RequireSession() {
  const me = useMe();
  const setup = useSetupStatus();
  const location = useLocation();
  useResetOnSessionChange(me.data);

  if (me.data) return <Outlet context={me.data} />;
  if (me.isPending || (me.data === null && setup.isPending)) return <CenteredStatus />;
  if (me.isError) return <CenteredStatus error={me.error} onRetry={() => void me.refetch()} />;
  if (setup.data?.needed) return <Navigate to="/setup" replace />;
  return <Navigate to="/login" replace state={{ from: location.pathname + location.search + location.hash }} />;
}

function CenteredStatus({ error, onRetry }: { error?: unknown; onRetry?: () => void }) {
  return <main className="centered-page">{error ? <ErrorAlert error={error} onRetry={onRetry} /> : <LoadingState />}</main>;
}
