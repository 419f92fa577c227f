import { useEffect, useRef, useState } from "react";
import { Link, useSearchParams } from "react-router";
import { isApiError } from "../api/api-error.ts";
import { ErrorAlert } from "../components/error-alert.tsx";
import { LoadingState } from "../components/loading-state.tsx";
import { REVIEW_SHORTCUTS, ShortcutLegend } from "../keyboard/index.ts";
import { QueueDecision, type CommentMode } from "./queue-decision.tsx";
import { QueueFilters } from "./queue-filters.tsx";
import { QueueItem } from "./queue-item.tsx";
import { moveCurrent, type QueuePosition, resolveCurrent } from "./queue-keys.ts";
import { readQueueFilters, type QueueFilters as Filters, writeQueueFilters } from "./queue-params.ts";
import { reviewErrorMessage } from "./review-errors.ts";
import { shortQuote } from "./review-line.ts";
import { useQueueKeyboard } from "./use-queue-keyboard.ts";
import { type ReviewDecision, useReviewAnnotation } from "./use-review-annotation.ts";
import { useReviewQueue } from "./use-review-queue.ts";

const QUEUE_SHORTCUTS = Object.values(REVIEW_SHORTCUTS);

const DONE: Record<ReviewDecision, string> = { accepted: "Accepted", rejected: "Rejected", disputed: "Disputed" };
/** An item decided at a version stays hidden until the queue refetches; an edit (a new version) brings it back. */
const decidedKey = (a: { id: string; version: number }) => `${a.id}@${a.version}`;

/** The review queue: filters in the URL, the items oldest first, one current item worked by keyboard or buttons. */
export function ReviewQueueView() {
  const [params, setParams] = useSearchParams();
  const filters = readQueueFilters(params);
  const queue = useReviewQueue(filters);
  const review = useReviewAnnotation();
  const [decided, setDecided] = useState<ReadonlySet<string>>(new Set());
  const [pos, setPos] = useState<QueuePosition>({ id: null, index: 0 });
  const [mode, setMode] = useState<CommentMode>("closed");
  const [comment, setComment] = useState("");
  const [message, setMessage] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const currentRef = useRef<HTMLLIElement>(null);

  const items = (queue.data?.items ?? []).filter((i) => !decided.has(decidedKey(i.annotation)));
  const ids = items.map((i) => i.annotation.id);
  const current = resolveCurrent(ids, pos);
  const item = items[current.index];
  const hiddenHere = (queue.data?.items.length ?? 0) - items.length;
  const total = Math.max(0, (queue.data?.total ?? 0) - hiddenHere);

  const choose = (next: QueuePosition) => {
    setPos(next);
    setMode("closed");
    setComment("");
  };
  const updateFilters = (next: Partial<Filters>) => {
    setParams((p) => writeQueueFilters(p, next), { replace: true });
    choose({ id: null, index: 0 });
  };
  const decide = (status: ReviewDecision) => {
    if (!item?.annotation.can.review || review.isPending) return;
    const { annotation } = item;
    review.mutate(
      { annotation, status, comment },
      {
        onSuccess: () => {
          setDecided((d) => new Set(d).add(decidedKey(annotation)));
          setMessage(`${DONE[status]}: ${shortQuote(annotation.quote.exact)}`);
          setProblem(null);
          setMode("closed");
          setComment("");
        },
        onError: (error) => {
          setProblem(reviewErrorMessage(error));
          if (isApiError(error, "version_conflict")) setMode("closed");
        },
      },
    );
  };

  useQueueKeyboard((command) => {
    if (command === "next" || command === "previous") choose(moveCurrent(ids, current, command === "next" ? 1 : -1));
    else if (command === "dispute") setMode("dispute");
    else decide(command === "accept" ? "accepted" : "rejected");
  });

  // The current item stays in view and holds focus (unless the reviewer is typing), so a screen reader reads it.
  useEffect(() => {
    const el = currentRef.current;
    if (!el) return;
    el.scrollIntoView({ block: "nearest" });
    if (!(document.activeElement instanceof HTMLInputElement || document.activeElement instanceof HTMLSelectElement)) {
      el.focus({ preventScroll: true });
    }
  }, [current.id]);

  const filtered = Object.values(filters).some((v) => v !== "");
  return (
    <section className="review-queue" aria-labelledby="review-queue-heading">
      <div className="review-queue-head">
        <h1 id="review-queue-heading">Review queue</h1>
        <Link className="review-queue-rules" to="/suggestions/rules">
          How the suggestion rules fare
        </Link>
        {queue.data && (
          <p className="review-queue-count">{total === 1 ? "1 annotation awaits review" : `${total} annotations await review`}</p>
        )}
      </div>
      <QueueFilters filters={filters} facets={queue.data?.facets} onChange={updateFilters} />
      <p className="review-queue-message" role="status">
        {message}
      </p>
      {problem && (
        <div className="alert" role="alert">
          <p>{problem}</p>
        </div>
      )}
      <div className="review-queue-body">
        <div className="review-queue-main">
          {queue.isPending && <LoadingState label="Loading the queue…" />}
          {queue.isError && <ErrorAlert error={queue.error} onRetry={() => void queue.refetch()} />}
          {queue.data && items.length === 0 && (
            <div className="empty-state">
              <h2>{filtered ? "Nothing to review under these filters" : "All caught up"}</h2>
              <p>
                {filtered
                  ? "No proposed annotation matches these filters."
                  : "Every annotation has been reviewed. New proposals appear here as analysts tag; the queue checks every 30 seconds."}
              </p>
              {filtered && (
                <button
                  type="button"
                  className="button button-secondary"
                  onClick={() => updateFilters({ statement: "", author: "", kind: "", label: "", assigned: "" })}
                >
                  Clear filters
                </button>
              )}
            </div>
          )}
          {items.length > 0 && (
            <ol className="queue-list" aria-label="Annotations awaiting review">
              {items.map((i, index) => {
                const isCurrent = index === current.index;
                return (
                  <QueueItem
                    key={i.annotation.id}
                    ref={isCurrent ? currentRef : undefined}
                    item={i}
                    current={isCurrent}
                    onChoose={() => choose({ id: i.annotation.id, index })}
                  >
                    {isCurrent && i.annotation.can.review && (
                      <QueueDecision
                        mode={mode}
                        comment={comment}
                        pending={review.isPending}
                        onMode={(m) => {
                          setMode(m);
                          if (m === "closed") {
                            setComment("");
                            currentRef.current?.focus();
                          }
                        }}
                        onComment={setComment}
                        onDecide={decide}
                      />
                    )}
                  </QueueItem>
                );
              })}
            </ol>
          )}
        </div>
        <ShortcutLegend shortcuts={QUEUE_SHORTCUTS} />
      </div>
    </section>
  );
}
