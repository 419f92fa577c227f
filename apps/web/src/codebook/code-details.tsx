import { useId, useState } from "react";
import type { Code } from "../queries/codebook-query.ts";
import { CodeActions } from "./code-actions.tsx";
import { CodeAgreement } from "./code-agreement.tsx";
import { CodeExamples } from "./code-examples.tsx";
import { CodeStatusBadge, CodeSwatch, usesText } from "./code-status.tsx";
import { RenameForm } from "./rename-form.tsx";
import { useMergeCode } from "./use-codebook-mutations.ts";

interface CodeDetailsProps {
  code: Code;
  codes: readonly Code[];
  canGovern: boolean;
  onSelect: (id: string | null) => void;
}

/** The selected code: its definition and guidance, where it sits, examples from the corpus, and the actions. */
export function CodeDetails({ code, codes, canGovern, onSelect }: CodeDetailsProps) {
  const headingId = useId();
  const [renaming, setRenaming] = useState(false);
  const merge = useMergeCode();
  const parent = codes.find((c) => c.id === code.parentId);
  return (
    <section className="code-details" aria-labelledby={headingId}>
      <div className="code-details-head">
        <CodeSwatch colour={code.colour} />
        {renaming ? (
          <RenameForm
            key={code.id}
            code={code}
            onDone={() => setRenaming(false)}
            onMergeInto={(existing) => {
              const into = codes.find((c) => c.id === existing.id);
              if (into) merge.mutate({ code, into }, { onSuccess: () => onSelect(into.id) });
            }}
          />
        ) : (
          <h2 id={headingId}>{code.name}</h2>
        )}
        <CodeStatusBadge status={code.status} />
      </div>
      <p className="code-facts">
        {code.type === "topic" ? "Topic" : "Label"} · {usesText(code.uses)}
        {parent && <> · under ‘{parent.name}’</>}
        {code.createdBy && <> · added by {code.createdBy.name}</>}
      </p>
      <h3>Definition</h3>
      <p>{code.definition ?? <span className="code-none">No definition yet.</span>}</p>
      <h3>When to use</h3>
      <p>{code.guidance.use ?? <span className="code-none">Not written yet.</span>}</p>
      <h3>When not to</h3>
      <p>{code.guidance.avoid ?? <span className="code-none">Not written yet.</span>}</p>
      <h3>Agreement</h3>
      <CodeAgreement code={code} />
      <h3>Examples</h3>
      <CodeExamples code={code} />
      {canGovern && <CodeActions key={code.id} code={code} codes={codes} onRename={() => setRenaming(true)} onGone={onSelect} />}
    </section>
  );
}
