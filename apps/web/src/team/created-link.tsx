import { useId, useRef, useState } from "react";
import { copyText } from "./copy-text.ts";
import { withArticle } from "./roles.ts";
import type { CreatedInvitation } from "./use-invitations.ts";

/** The new link, shown once: a read-only field to copy from, and a button that copies it. */
export function CreatedLink({ created }: { created: CreatedInvitation }) {
  const id = useId();
  const field = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<"copied" | "selected" | null>(null);

  return (
    <div className="created-link">
      <label htmlFor={id}>Invitation link</label>
      <p className="field-hint" id={`${id}-hint`}>
        Shown only this once: copy it now and send it to the person you invite. Whoever opens it can join as{" "}
        {withArticle(created.invitation.role)} until it expires or you revoke it.
      </p>
      <div className="created-link-row">
        <input
          ref={field}
          id={id}
          type="text"
          readOnly
          value={created.url}
          aria-describedby={`${id}-hint`}
          onFocus={(e) => e.currentTarget.select()}
        />
        <button type="button" className="button button-secondary" onClick={() => void copyText(created.url, field.current).then(setCopied)}>
          Copy link
        </button>
      </div>
      <p className="created-link-status" role="status">
        {copied === "copied" ? "Link copied." : copied === "selected" ? "The link is selected: press Ctrl+C (⌘C on a Mac) to copy it." : ""}
      </p>
    </div>
  );
}
