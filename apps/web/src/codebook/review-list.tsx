import { useState } from "react";
import type { Code } from "../queries/codebook-query.ts";
import { CodePicker } from "./code-picker.tsx";
import { usesText } from "./code-status.tsx";
import { useMergeCode, useUpdateCode } from "./use-codebook-mutations.ts";

interface ReviewListProps {
  codes: readonly Code[];
  onSelect: (id: string) => void;
}

/** Codes analysts made while tagging, for a reviewer to approve or fold into an existing one. */
export function ReviewList({ codes, onSelect }: ReviewListProps) {
  const fresh = codes.filter((c) => c.status === "new");
  if (fresh.length === 0) return null;
  return (
    <section className="code-review" aria-labelledby="code-review-heading">
      <h2 id="code-review-heading">New codes to review ({fresh.length})</h2>
      <ul>
        {fresh.map((code) => (
          <ReviewItem key={code.id} code={code} codes={codes} onSelect={onSelect} />
        ))}
      </ul>
    </section>
  );
}

function ReviewItem({ code, codes, onSelect }: { code: Code; codes: readonly Code[]; onSelect: (id: string) => void }) {
  const [merging, setMerging] = useState(false);
  const approve = useUpdateCode();
  const merge = useMergeCode();
  return (
    <li className="code-review-item">
      <button type="button" className="button-link code-review-name" onClick={() => onSelect(code.id)}>
        {code.name}
      </button>
      <span className="code-none">
        {code.type} · {usesText(code.uses)}
        {code.createdBy && ` · by ${code.createdBy.name}`}
      </span>
      <button
        type="button"
        className="button button-secondary"
        disabled={approve.isPending}
        onClick={() => approve.mutate({ code, changes: { status: "active" }, verb: "Approved" })}
      >
        Approve
      </button>
      <button type="button" className="button button-secondary" aria-expanded={merging} onClick={() => setMerging((m) => !m)}>
        Merge into…
      </button>
      {merging && (
        <CodePicker
          label={`Merge ‘${code.name}’ into`}
          codes={codes.filter((c) => c.type === code.type && c.status !== "new")}
          exclude={new Set([code.id])}
          onChoose={(into) => merge.mutate({ code, into })}
        />
      )}
    </li>
  );
}
