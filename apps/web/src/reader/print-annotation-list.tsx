import type { Annotation } from "@verbatim/contract";
import { quoted, REVIEW_STATUSES } from "@verbatim/core";
import { useMemo } from "react";
import { paragraphLabel } from "../annotations/index.ts";
import { NoteView } from "../annotations/note-view.tsx";
import { paragraphNumbers } from "../annotations/paragraph-label.ts";
import { kindClass } from "../lib/annotation-scheme.ts";
import { KIND_LABELS, STATUS_LABELS } from "../lib/taxonomy-labels.ts";
import { attributeLines } from "./annotation-summary.ts";
import { type ShownStatuses, visibleAnnotations } from "./status-visibility.ts";
import { usePrinting } from "./use-printing.ts";

interface PrintAnnotationListProps {
  /** The statement's annotations in reading order; those of the shown statuses are listed. */
  annotations: readonly Annotation[];
  paragraphs: readonly { id: string; number: number | null }[];
  shownStatuses: ShownStatuses;
}

/**
 * The annotations after the text on paper, as the HTML brief lists its excerpts: where, kind and status, the
 * quote, its attributes, labels and note, and who tagged it. Rendered only while printing, so the screen never
 * builds a second list of thousands; the side panel (a window of 100 with buttons) is not printed.
 */
export function PrintAnnotationList({ annotations, paragraphs, shownStatuses }: PrintAnnotationListProps) {
  const printing = usePrinting();
  const numbers = useMemo(() => paragraphNumbers(paragraphs), [paragraphs]);
  if (!printing) return null;
  const shown = visibleAnnotations(annotations, shownStatuses, null);
  const statuses = REVIEW_STATUSES.filter((s) => shownStatuses.has(s))
    .map((s) => STATUS_LABELS[s].toLowerCase())
    .join(", ");
  return (
    <section className="print-annotations" aria-labelledby="print-annotations-title">
      <h2 id="print-annotations-title">Annotations</h2>
      <p className="print-annotations-scope">
        {shown.length} shown ({statuses || "no statuses"}), in reading order.
      </p>
      <ol>
        {shown.map((a) => (
          <li key={a.id} className={`print-annotation ${kindClass(a.kind)}`}>
            <p className="print-annotation-head">
              <strong>{KIND_LABELS[a.kind]}</strong> · {paragraphLabel(a.target, numbers)} · {STATUS_LABELS[a.status]}
            </p>
            <blockquote>{quoted(a.quote.exact)}</blockquote>
            <dl>
              {attributeLines(a).map((line) => (
                <div key={line.label}>
                  <dt>{line.label}</dt>
                  <dd>{line.value}</dd>
                </div>
              ))}
              {a.labels.length > 0 && (
                <div>
                  <dt>Labels</dt>
                  <dd>{a.labels.join(", ")}</dd>
                </div>
              )}
            </dl>
            <NoteView annotation={a} />
            <p className="print-annotation-by">{a.author.name}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
