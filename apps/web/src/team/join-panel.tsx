import { useId, useState } from "react";
import { useNavigate } from "react-router";
import { isApiError } from "../api/api-error.ts";
import type { Me } from "../queries/use-me.ts";
import { AccountForm } from "./account-forms.tsx";
import { acceptErrorMessage } from "./accept-errors.ts";
import { useAcceptInvitation, type AcceptInput } from "./use-invitation-link.ts";

type Choice = "signed-in" | "new" | "existing";

interface JoinPanelProps {
  token: string;
  workspaceName: string;
  me: Me | null;
  /** The link turned out to be used up meanwhile: the page shows why. */
  onUnusable: () => void;
}

/** How to join: as the signed-in user in one click, with a new account, or with an account the person has. */
export function JoinPanel({ token, workspaceName, me, onUnusable }: JoinPanelProps) {
  const accept = useAcceptInvitation(token);
  const navigate = useNavigate();
  const [choice, setChoice] = useState<Choice>(me ? "signed-in" : "new");
  const groupId = useId();

  async function send(body: AcceptInput): Promise<unknown> {
    try {
      await accept.mutateAsync(body);
      void navigate("/", { replace: true });
      return null;
    } catch (error) {
      // Field errors and email_taken are the form's to show; an unusable link is the page's.
      if (isApiError(error, "invitation_unusable")) onUnusable();
      return error;
    }
  }

  const message = accept.isError ? acceptErrorMessage(accept.error, workspaceName) : null;
  const busy = accept.isPending;
  return (
    <div className="join-panel">
      {message && (
        <p className="alert" role="alert">
          {message}
        </p>
      )}
      {choice === "signed-in" && me ? (
        <div className="join-signed-in">
          <p>
            You are signed in as <strong>{me.user.name}</strong> ({me.user.email}).
          </p>
          <button type="button" className="button button-primary" disabled={busy} onClick={() => void send({ account: "signed-in" })}>
            {busy ? "Joining…" : `Join ${workspaceName}`}
          </button>
          <p className="join-hint">
            <button type="button" className="link-button" onClick={() => setChoice("new")} disabled={busy}>
              Join with another account
            </button>
          </p>
        </div>
      ) : (
        <>
          <fieldset className="join-choice" aria-describedby={`${groupId}-hint`}>
            <legend>How do you want to join?</legend>
            <p className="field-hint" id={`${groupId}-hint`}>
              {me ? "Joining with another account signs you in as that account." : "Use an account you have, or create one."}
            </p>
            <label>
              <input type="radio" name="account" checked={choice === "new"} onChange={() => setChoice("new")} disabled={busy} />
              Create an account
            </label>
            <label>
              <input type="radio" name="account" checked={choice === "existing"} onChange={() => setChoice("existing")} disabled={busy} />
              Sign in with an existing account
            </label>
          </fieldset>
          <AccountForm
            key={choice}
            account={choice === "existing" ? "existing" : "new"}
            workspaceName={workspaceName}
            busy={busy}
            onSubmit={send}
            onUseExisting={() => setChoice("existing")}
          />
          {me && (
            <p className="join-hint">
              <button type="button" className="link-button" onClick={() => setChoice("signed-in")} disabled={busy}>
                Join as {me.user.name} instead
              </button>
            </p>
          )}
        </>
      )}
    </div>
  );
}
