import { Link } from "react-router";
import { isApiError } from "../api/api-error.ts";
import { ErrorAlert } from "../components/error-alert.tsx";
import { unusableReason } from "./accept-errors.ts";

/** A link that cannot be used (unknown, used, revoked, expired), or a failure to load it. */
export function InvitationProblem({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  if (isApiError(error) && (error.code === "not_found" || error.code === "invitation_unusable")) {
    const reason =
      error.code === "not_found" ? "This invitation link is not valid. Check that you copied all of it." : unusableReason(error.details);
    return (
      <div className="invitation-problem">
        <p className="alert" role="alert">
          {reason}
        </p>
        <p>Ask an admin of the workspace for a new link. If you already have an account, you can sign in.</p>
        <p>
          <Link to="/login">Go to sign in</Link>
        </p>
      </div>
    );
  }
  return <ErrorAlert error={error} onRetry={onRetry} />;
}
