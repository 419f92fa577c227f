import type { Annotation } from "@verbatim/contract";
import { quoted } from "@verbatim/core";
import { type ComponentType, type MouseEvent, memo, useRef, useState } from "react";
import { AnnotationDetails } from "./annotation-details.tsx";
import { AnnotationForm } from "./annotation-form.tsx";
import { NoteView } from "./note-view.tsx";
import { isOptimisticId } from "./optimistic-annotation.ts";
import { type ParagraphNumbers, paragraphLabel } from "./paragraph-label.ts";
import { fullTime, relativeTime } from "../lib/relative-time.ts";
import { KIND_LABELS, STATUS_LABELS, labelFor } from "../lib/taxonomy-labels.ts";
import type { Instrument } from "./use-vocabulary.ts";
import { LabelChips } from "./label-chips.tsx";
import { provenanceOf, provenanceText } from "../suggestions/provenance.ts";

/** What the page shows under each annotation (its review and discussion, from features built on this one). */
export type ItemFooter = ComponentType<{ annotation: Annotation; slug: string }>;

export interface AnnotationItemProps {
  annotation: Annotation;
  slug: string;
  selected: boolean;
  numbers: ParagraphNumbers;
  instruments: readonly Instrument[];
  onChoose: (id: string) => void;
  onDelete: (annotation: Annotation) => void;
  /** A component, not a render function, so that it stays one value across renders and the memo holds. */
  Footer?: ItemFooter;
}

/** One annotation in the side panel; Edit turns it into the tagging form in place. */
export const AnnotationItem = memo(function AnnotationItem(props: AnnotationItemProps) {
  const { annotation: a, slug, selected, numbers, instruments, onChoose, onDelete, Footer } = props;
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const pending = isOptimisticId(a.id);

  const closeForm = () => {
    setEditing(false);
    requestAnimationFrame(() => editButton.current?.focus());
  };
  // A click anywhere on the item selects it, except on its own controls.
  const onClick = (e: MouseEvent) => {
    if (!editing && !(e.target as Element).closest("button, a, input, select, textarea, form")) onChoose(a.id);
  };

  return (
    <li className={`annotation-item kind-${a.kind}`} aria-current={selected ? "true" : undefined} data-item-id={a.id} onClick={onClick}>
      <div className="annotation-item-head">
        <span className={`kind-badge kind-${a.kind}`}>{labelFor(KIND_LABELS, a.kind)}</span>
        <span className="annotation-where">{paragraphLabel(a.target, numbers)}</span>
        <span className={`status-badge status-${a.status}`}>{pending ? "Saving…" : labelFor(STATUS_LABELS, a.status)}</span>
      </div>
      <button type="button" className="annotation-quote" onClick={() => onChoose(a.id)}>
        {quoted(a.quote.exact)}
      </button>
      {editing ? (
        <AnnotationForm
          mode="edit"
          kind={a.kind}
          target={{ target: a.target, quote: a.quote }}
          statementSlug={slug}
          annotation={a}
          onSaved={closeForm}
          onCancel={closeForm}
        />
      ) : (
        <>
          <AnnotationDetails annotation={a} instruments={instruments} />
          <ProvenanceLine annotation={a} />
          <LabelChips labels={a.labels} />
          <NoteView annotation={a} />
          <div className="annotation-item-foot">
            <span className="annotation-byline">
              {a.author.name} ·{" "}
              <time dateTime={a.createdAt} title={fullTime(a.createdAt)}>
                {relativeTime(a.createdAt)}
              </time>
            </span>
            {/* The server's verdicts; an unsaved annotation has none yet (all false), so it offers neither. */}
            {(a.can.edit || a.can.delete) && (
              <span className="annotation-actions">
                {a.can.edit && (
                  <button ref={editButton} type="button" className="button button-quiet" onClick={() => setEditing(true)}>
                    Edit
                  </button>
                )}
                {a.can.delete && (
                  <button type="button" className="button button-quiet" onClick={() => onDelete(a)}>
                    Delete
                  </button>
                )}
              </span>
            )}
          </div>
          {Footer && <Footer annotation={a} slug={slug} />}
        </>
      )}
    </li>
  );
});

/** Says that the annotation was accepted from a suggestion, and by which rule; nothing for one an analyst drew. */
function ProvenanceLine({ annotation }: { annotation: Annotation }) {
  const provenance = provenanceOf(annotation);
  return provenance ? <p className="annotation-provenance">{provenanceText(provenance)}</p> : null;
}
