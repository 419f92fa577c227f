import type { ApiErrorCode } from "../api/api-error.ts";
import { errorMessage } from "../lib/error-message.ts";

interface ErrorAlertProps {
  error: unknown;
  /** Codes whose API message should be shown as is. */
  apiMessageFor?: readonly ApiErrorCode[];
  onRetry?: () => void;
}

/** A failure, announced to screen readers as soon as it appears. */
export function ErrorAlert({ error, apiMessageFor, onRetry }: ErrorAlertProps) {
  return (
    <div className="alert" role="alert">
      <p>{errorMessage(error, apiMessageFor)}</p>
      {onRetry && (
        <button type="button" className="button button-secondary" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}
