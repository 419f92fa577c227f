import type { Annotation, AnnotationHistoryItem } from "@verbatim/contract";
import { useId } from "react";
import { fullTime, relativeTime } from "../lib/relative-time.ts";
import { ErrorAlert } from "../components/error-alert.tsx";
import { LoadingState } from "../components/loading-state.tsx";
import { Modal } from "../components/modal.tsx";
import { FIELD_LABELS, formatHistoryValue, historyVerb, shownChanges } from "./history-format.ts";
import { shortQuote } from "./review-line.ts";
import { useAnnotationHistory } from "./use-annotation-history.ts";

/** Who did what to an annotation and when, with each changed field's old and new value. */
export function HistoryDialog({ annotation, onClose }: { annotation: Annotation; onClose: () => void }) {
  const headingId = useId();
  const history = useAnnotationHistory(annotation.id);
  return (
    <Modal labelledBy={headingId} onClose={onClose} className="history-dialog">
      <div className="history-head">
        <h2 id={headingId}>History of {shortQuote(annotation.quote.exact, 50)}</h2>
        <button type="button" className="button button-quiet" onClick={onClose}>
          Close
        </button>
      </div>
      {history.isPending && <LoadingState label="Loading the history…" />}
      {history.isError && <ErrorAlert error={history.error} onRetry={() => void history.refetch()} />}
      {history.data && (
        <ol className="history-list">
          {history.data.items.map((item) => (
            <HistoryEntry key={item.id} item={item} />
          ))}
        </ol>
      )}
    </Modal>
  );
}

function HistoryEntry({ item }: { item: AnnotationHistoryItem }) {
  const changes = shownChanges(item);
  return (
    <li className={`history-entry history-${item.action}`}>
      <p className="history-what">
        <strong>{item.actor.name}</strong> {historyVerb(item)} ·{" "}
        <time dateTime={item.at} title={fullTime(item.at)}>
          {relativeTime(item.at)}
        </time>
        <span className="history-version"> · version {item.version}</span>
      </p>
      {item.review?.comment && <blockquote className="history-comment">{item.review.comment}</blockquote>}
      {changes.length > 0 && (
        <dl className="history-changes">
          {changes.map((c) => (
            <div key={c.field}>
              <dt>{FIELD_LABELS[c.field]}</dt>
              <dd>
                {item.action === "created" || item.action === "imported" ? (
                  formatHistoryValue(c.field, c.after)
                ) : (
                  <>
                    <del>{formatHistoryValue(c.field, c.before)}</del> <span aria-hidden="true">→</span>
                    <span className="visually-hidden"> changed to </span> <ins>{formatHistoryValue(c.field, c.after)}</ins>
                  </>
                )}
              </dd>
            </div>
          ))}
        </dl>
      )}
    </li>
  );
}
