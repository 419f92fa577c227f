import type { Annotation } from "@verbatim/contract";
import { useRef } from "react";
import { Link } from "react-router";
import { attributeLines, humanise, type SummaryLine } from "./annotation-summary.ts";
import { kindLabel } from "./tag-kinds.ts";
import type { CardState } from "./use-highlight-card.ts";
import { usePopoverPlacement } from "./use-popover-placement.ts";

interface HighlightCardProps {
  id: string;
  card: CardState;
  onOpen(annotationId: string): void;
  onPointerEnter(): void;
  onPointerLeave(): void;
}

const MAX_SHOWN = 3;
const NOTE_CHARS = 180;

function LineValue({ line }: { line: SummaryLine }) {
  if (!line.href) return <>{line.value}</>;
  if (line.external) {
    return (
      <a href={line.href} target="_blank" rel="noreferrer noopener">
        {line.value}
      </a>
    );
  }
  return <Link to={line.href}>{line.value}</Link>;
}

function CardItem({ annotation, onOpen }: { annotation: Annotation; onOpen(id: string): void }) {
  const pending = annotation.id.startsWith("optimistic-");
  const note = annotation.note && annotation.note.length > NOTE_CHARS ? `${annotation.note.slice(0, NOTE_CHARS)}…` : annotation.note;
  return (
    <section className={`card-item kind-${annotation.kind}`}>
      <p className="card-title">
        <span className="kind-swatch" aria-hidden="true" />
        <strong>{kindLabel(annotation.kind)}</strong>
        <span className={`status-chip status-${annotation.status}`}>{pending ? "Saving…" : humanise(annotation.status)}</span>
      </p>
      <dl className="card-attributes">
        {attributeLines(annotation).map((line) => (
          <div key={line.label}>
            <dt>{line.label}</dt>
            <dd>
              <LineValue line={line} />
            </dd>
          </div>
        ))}
      </dl>
      {annotation.labels.length > 0 && <p className="card-labels">{annotation.labels.join(" · ")}</p>}
      {note && <p className="card-note">{note}</p>}
      <p className="card-meta">
        <span>{annotation.author.name}</span>
        {!pending && (
          <button type="button" className="card-open" onClick={() => onOpen(annotation.id)}>
            Show in panel
          </button>
        )}
      </p>
    </section>
  );
}

/** What a highlight is: kind, attributes, author and status of each annotation at that spot. */
export function HighlightCard({ id, card, onOpen, onPointerEnter, onPointerLeave }: HighlightCardProps) {
  const ref = useRef<HTMLDivElement>(null);
  const { anchor, box, annotations, source } = card;
  const more = annotations.length - MAX_SHOWN;
  // Beside the text at the line's height; where there is no room, below the line (above it near the window's end).
  usePopoverPlacement(ref, { words: [anchor], column: box }, box, true);
  return (
    <div ref={ref} id={id} role="tooltip" className="highlight-card" onMouseEnter={onPointerEnter} onMouseLeave={onPointerLeave}>
      {annotations.slice(0, MAX_SHOWN).map((annotation) => (
        <CardItem key={annotation.id} annotation={annotation} onOpen={onOpen} />
      ))}
      {more > 0 && <p className="card-more">and {more} more here, listed in the panel</p>}
      <p className="card-hint">{source === "caret" ? "Enter: show in the panel" : "Click the highlight to show it in the panel"}</p>
    </div>
  );
}
