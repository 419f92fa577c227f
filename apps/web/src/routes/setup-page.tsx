import { Navigate } from "react-router";
import { AuthShell } from "../components/auth-shell.tsx";
import { ErrorAlert } from "../components/error-alert.tsx";
import { LoadingState } from "../components/loading-state.tsx";
import { SetupForm } from "../components/setup-form.tsx";
import { useMe } from "../queries/use-me.ts";
import { useSetupStatus } from "../queries/use-setup-status.ts";

/** First run: create the workspace and its first admin. Once done, this page only redirects. */
export function SetupPage() {
  const status = useSetupStatus();
  const me = useMe();

  if (me.data) return <Navigate to="/" replace />;
  if (status.data && !status.data.needed) return <Navigate to="/login" replace />;
  return (
    <AuthShell
      title="Set up Verbatim"
      intro={<p>Create your team’s workspace. You will be its administrator and can invite colleagues later.</p>}
    >
      {status.isPending && <LoadingState />}
      {status.isError && <ErrorAlert error={status.error} onRetry={() => void status.refetch()} />}
      {status.data && <SetupForm samples={status.data.samples} />}
    </AuthShell>
  );
}
