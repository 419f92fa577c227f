import { useId } from "react";
import { Link } from "react-router";
import { batchProgress, type BatchItem, type BatchStatus } from "./import-batch.ts";
import { formatBytes } from "./format-bytes.ts";

const STATUS: Record<BatchStatus, string> = {
  waiting: "Waiting",
  reading: "Reading…",
  ready: "Ready",
  duplicate: "Duplicate found",
  error: "Error",
  imported: "Imported",
};

interface BatchListProps {
  items: readonly BatchItem[];
  onReview: (id: string) => void;
  onRemove: (id: string) => void;
}

/** What a ready file holds, in a few words: a record's turns, or the paragraphs of one statement. */
function summary(item: BatchItem): string | null {
  const preview = item.preview;
  if (!preview) return null;
  if (preview.record) return `Meeting record, ${preview.record.turns.length} speakers’ turns`;
  const paragraphs = preview.paragraphs.filter((b) => b.kind === "paragraph").length;
  const title = preview.metadata["title"];
  return `${paragraphs} ${paragraphs === 1 ? "paragraph" : "paragraphs"}${title ? ` · ${title}` : ""}`;
}

/** The files picked or dropped together, each with its own status, and how far the server has read them. */
export function BatchList({ items, onReview, onRemove }: BatchListProps) {
  const id = useId();
  const { done, total } = batchProgress(items);
  const percent = total === 0 ? 0 : Math.round((done / total) * 100);
  return (
    <section className="import-batch" aria-labelledby={`${id}-title`}>
      <div className="import-batch-head">
        <h3 id={`${id}-title`}>Files</h3>
        <p className="import-note" id={`${id}-count`}>
          {done} of {total} read
        </p>
      </div>
      <div
        className="batch-progress"
        role="progressbar"
        aria-label="Files read"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={`${done} of ${total} files read`}
      >
        <span style={{ width: `${percent}%` }} />
      </div>
      <ul className="batch-items">
        {items.map((item) => (
          <li key={item.id} className="batch-item" data-status={item.status}>
            <div className="batch-file">
              <span className="batch-name">{item.file.name}</span>
              <span className="import-note">{formatBytes(item.file.size)}</span>
            </div>
            <div className="batch-state">
              <span className="batch-status">{STATUS[item.status]}</span>
              {item.message && <span className="field-error">{item.message}</span>}
              {item.status !== "imported" && summary(item) && <span className="import-note">{summary(item)}</span>}
              {item.status === "imported" && (
                <ul className="batch-links">
                  {item.statements.map((statement) => (
                    <li key={statement.slug}>
                      <Link to={`/s/${encodeURIComponent(statement.slug)}`}>{statement.title}</Link>
                    </li>
                  ))}
                </ul>
              )}
            </div>
            <div className="batch-actions">
              {(item.status === "ready" || item.status === "duplicate") && (
                <button
                  type="button"
                  className="button button-secondary button-small"
                  onClick={() => onReview(item.id)}
                  aria-label={`Review ${item.file.name}`}
                >
                  Review
                </button>
              )}
              {item.status !== "reading" && item.status !== "imported" && (
                <button type="button" className="link-button" onClick={() => onRemove(item.id)} aria-label={`Remove ${item.file.name}`}>
                  Remove
                </button>
              )}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
