import type { Annotation } from "@verbatim/contract";
import { useId } from "react";
import { KIND_LABELS, labelFor, STATUS_LABELS } from "../lib/taxonomy-labels.ts";
import { annotationGist } from "./annotation-gist.ts";

interface CompareCellProps {
  annotatorName: string;
  annotations: Annotation[];
  onAdopt: ((chosen: Annotation) => void) | null;
  /** The group's version already adopted, which needs no button. */
  adoptedId: string | null;
  adopting: boolean;
}

/** One annotator's tags in one group: kind, quote, main attribute and review status. */
export function CompareCell({ annotatorName, annotations, onAdopt, adoptedId, adopting }: CompareCellProps) {
  if (annotations.length === 0)
    return (
      <td className="compare-cell compare-cell-empty">
        <span className="visually-hidden">Nothing tagged</span>
        <span aria-hidden="true">—</span>
      </td>
    );
  return (
    <td className="compare-cell">
      <ul aria-label={`${annotatorName}'s tags`}>
        {annotations.map((a) => (
          <CompareItem key={a.id} annotation={a} onAdopt={onAdopt} adoptedId={adoptedId} adopting={adopting} />
        ))}
      </ul>
    </td>
  );
}

function CompareItem({
  annotation: a,
  onAdopt,
  adoptedId,
  adopting,
}: { annotation: Annotation } & Omit<CompareCellProps, "annotations" | "annotatorName">) {
  const quoteId = useId();
  const gist = annotationGist(a);
  return (
    <li className="compare-item">
      <div className="compare-item-head">
        <span className={`kind-badge kind-${a.kind}`}>{labelFor(KIND_LABELS, a.kind)}</span>
        {gist && <span className="compare-gist">{gist}</span>}
        <span className={`status-badge status-${a.status}`}>{labelFor(STATUS_LABELS, a.status)}</span>
      </div>
      <q id={quoteId} className="compare-quote">
        {a.quote.exact}
      </q>
      {onAdopt && a.id !== adoptedId && (
        <button
          type="button"
          className="button button-secondary compare-adopt"
          aria-describedby={quoteId}
          disabled={adopting}
          onClick={() => onAdopt(a)}
        >
          Adopt this version
        </button>
      )}
    </li>
  );
}
