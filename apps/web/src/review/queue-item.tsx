import { forwardRef, type ReactNode } from "react";
import { Link } from "react-router";
import { AnnotationDetails } from "../annotations/annotation-details.tsx";
import { NoteView } from "../annotations/note-view.tsx";
import { fullTime, relativeTime } from "../lib/relative-time.ts";
import { KIND_LABELS, STATUS_LABELS, labelFor } from "../lib/taxonomy-labels.ts";
import { formatDate } from "@verbatim/core";
import { QuoteInParagraph } from "./quote-in-paragraph.tsx";
import type { QueueItem as Item } from "./use-review-queue.ts";
import { LabelChips } from "../annotations/label-chips.tsx";

interface QueueItemProps {
  item: Item;
  current: boolean;
  onChoose: () => void;
  /** The decision controls, for the current item only. */
  children?: ReactNode;
}

/** One annotation awaiting review, in the context of its paragraph. */
export const QueueItem = forwardRef<HTMLLIElement, QueueItemProps>(function QueueItem({ item, current, onChoose, children }, ref) {
  const { annotation: a, statement, paragraph } = item;
  const headingId = `queue-item-${a.id}`;
  return (
    <li
      ref={ref}
      className={`queue-item kind-${a.kind}`}
      aria-current={current ? "true" : undefined}
      aria-labelledby={headingId}
      tabIndex={-1}
      data-annotation-id={a.id}
      onClick={(e) => {
        if (!(e.target as Element).closest("button, a, input, textarea, select")) onChoose();
      }}
    >
      <div className="queue-item-head">
        <h3 id={headingId} className="queue-item-title">
          <Link to={`/s/${encodeURIComponent(statement.slug)}#${a.target.paragraphId}`}>{statement.title}</Link>
          {paragraph.number !== null && <span className="queue-item-para"> ¶{paragraph.number}</span>}
        </h3>
        <span className="queue-item-meta">
          {[statement.delegation, statement.date ? formatDate(statement.date) : null].filter(Boolean).join(" · ")}
        </span>
      </div>
      <QuoteInParagraph item={item} />
      <div className="queue-item-body">
        <span className={`kind-badge kind-${a.kind}`}>{labelFor(KIND_LABELS, a.kind)}</span>
        {a.status !== "proposed" && <span className={`status-badge status-${a.status}`}>{labelFor(STATUS_LABELS, a.status)}</span>}
        <AnnotationDetails annotation={a} instruments={[]} />
        <LabelChips labels={a.labels} />
        <NoteView annotation={a} />
      </div>
      <p className="queue-item-byline">
        {a.author.name} ·{" "}
        <time dateTime={a.createdAt} title={fullTime(a.createdAt)}>
          {relativeTime(a.createdAt)}
        </time>
      </p>
      {children}
    </li>
  );
});
