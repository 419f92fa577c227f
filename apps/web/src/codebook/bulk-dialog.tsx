import { useId, useState } from "react";
import { Modal } from "../components/modal.tsx";
import { AnnotationFilters } from "../export/annotation-filters.tsx";
import { useSession } from "../components/session-context.ts";
import { ExportSummary } from "../export/export-summary.tsx";
import { filterParams } from "../export/export-params.ts";
import { initialSelection, selectionProblem, type ExportSelection } from "../export/export-selection.ts";
import { useExportPreview } from "../export/use-export-preview.ts";
import type { Code } from "../queries/codebook-query.ts";
import { CodePicker } from "./code-picker.tsx";
import { useBulkCodes } from "./use-codebook-mutations.ts";

interface BulkDialogProps {
  codes: readonly Code[];
  onClose: () => void;
}

/** Every status at first: a codebook change concerns the annotations, reviewed or not. */
const startSelection = (): ExportSelection => ({ ...initialSelection(), allStatuses: true });

/**
 * "Apply to annotations": the export's filters with its live count, codes to add and to remove, and Apply, which
 * changes every annotation the filters select at once (with Undo).
 */
export function BulkDialog({ codes, onClose }: BulkDialogProps) {
  const titleId = useId();
  const me = useSession();
  const [selection, setSelection] = useState(startSelection);
  const [add, setAdd] = useState<Code[]>([]);
  const [remove, setRemove] = useState<Code[]>([]);
  const update = (patch: Partial<ExportSelection>) => setSelection((s) => ({ ...s, ...patch }));
  const problem = selectionProblem(selection);
  const params = filterParams(selection);
  const { preview, updating } = useExportPreview(problem ? null : params);
  const bulk = useBulkCodes();
  const taken = new Set([...add, ...remove].map((c) => c.id));
  const offered = codes.filter((c) => c.status !== "deprecated");
  const canApply = !problem && add.length + remove.length > 0 && !bulk.isPending && preview.data?.count !== 0;

  return (
    <Modal labelledBy={titleId} onClose={onClose} className="export-dialog code-bulk-dialog">
      <header className="modal-header">
        <h2 id={titleId}>Apply to annotations</h2>
        <button type="button" className="modal-close" onClick={onClose} aria-label="Close">
          <span aria-hidden="true">×</span>
        </button>
      </header>
      <div className="export-body">
        <AnnotationFilters selection={selection} userId={me.user.id} onChange={update} />
        <div className="export-side">
          <ExportSummary preview={problem ? undefined : preview.data} updating={updating} problem={problem} failed={preview.isError} />
          <ChosenCodes title="Codes to add" codes={add} onRemove={(id) => setAdd(add.filter((c) => c.id !== id))} />
          <CodePicker label="Add a code" codes={offered} exclude={taken} onChoose={(c) => setAdd([...add, c])} />
          <ChosenCodes title="Codes to remove" codes={remove} onRemove={(id) => setRemove(remove.filter((c) => c.id !== id))} />
          <CodePicker label="Remove a code" codes={codes} exclude={taken} onChoose={(c) => setRemove([...remove, c])} />
          <p className="field-hint">Topics go on positions only; other annotations are skipped for them.</p>
        </div>
      </div>
      <footer className="modal-footer">
        <div className="modal-actions">
          <button type="button" className="button button-secondary" onClick={onClose}>
            Close
          </button>
          <button
            type="button"
            className="button button-primary"
            disabled={!canApply}
            onClick={() =>
              bulk.mutate({ filter: params, add: add.map((c) => c.id), remove: remove.map((c) => c.id) }, { onSuccess: onClose })
            }
          >
            {preview.data && !updating ? `Apply to ${countText(preview.data.count)}` : "Apply"}
          </button>
        </div>
      </footer>
    </Modal>
  );
}

const countText = (n: number) => `${n.toLocaleString("en-GB")} ${n === 1 ? "annotation" : "annotations"}`;

function ChosenCodes({ title, codes, onRemove }: { title: string; codes: readonly Code[]; onRemove: (id: string) => void }) {
  if (codes.length === 0) return null;
  return (
    <div className="code-chosen">
      <p className="code-chosen-title">{title}</p>
      <ul className="chips">
        {codes.map((c) => (
          <li key={c.id} className="chip">
            <span>
              {c.name} <span className="code-none">({c.type})</span>
            </span>
            <button
              type="button"
              className="chip-remove"
              aria-label={`Do not ${title.includes("add") ? "add" : "remove"} ${c.name}`}
              onClick={() => onRemove(c.id)}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
