import { quoted } from "@verbatim/core";
import { AnnotationDetails } from "../annotations/annotation-details.tsx";
import { useInstruments } from "../annotations/use-vocabulary.ts";
import { ariaKeys, READER_SHORTCUTS, withKeys } from "../keyboard/index.ts";
import { kindClass } from "../lib/annotation-scheme.ts";
import { KIND_LABELS, labelFor } from "../lib/taxonomy-labels.ts";
import { confidenceText } from "./suggestion-wording.ts";
import type { Suggestion } from "./suggestions-query.ts";

interface CurrentSuggestionProps {
  suggestion: Suggestion;
  /** Its place in reading order, from 1. */
  position: number;
  total: number;
  canAccept: boolean;
  canDismiss: boolean;
  onAccept(): void;
  onEdit(): void;
  onDismiss(): void;
}

const NO_INSTRUMENTS: never[] = [];
const { acceptSuggestion, editSuggestion, dismissSuggestion } = READER_SHORTCUTS;

/** The suggestion Tab has reached: what it would tag, how sure the rule is, which rule and why; accept or dismiss. */
export function CurrentSuggestion(props: CurrentSuggestionProps) {
  const { suggestion: s, position, total, canAccept, canDismiss, onAccept, onEdit, onDismiss } = props;
  const instruments = useInstruments().data ?? NO_INSTRUMENTS;
  return (
    <article className={`current-suggestion ${kindClass(s.kind)}`} aria-label="Current suggestion">
      <div className="annotation-item-head">
        <span className={`kind-badge ${kindClass(s.kind)}`}>{labelFor(KIND_LABELS, s.kind)}</span>
        <span className="suggestion-position">
          {position} of {total}
        </span>
        <span className="suggestion-confidence">{confidenceText(s.confidence)}</span>
      </div>
      <p className="suggestion-quote">{quoted(s.quote)}</p>
      <AnnotationDetails annotation={s} instruments={instruments} />
      <dl className="annotation-details suggestion-why">
        <div>
          <dt>Rule</dt>
          <dd>
            <code>{s.rule}</code>
          </dd>
        </div>
        <div>
          <dt>Why</dt>
          <dd>{s.why}</dd>
        </div>
      </dl>
      {(canAccept || canDismiss) && (
        <div className="suggestion-actions">
          {canAccept && (
            <button
              type="button"
              className="button button-primary"
              onClick={onAccept}
              aria-keyshortcuts={ariaKeys(acceptSuggestion)}
              title={withKeys("Accept", acceptSuggestion)}
            >
              Accept
            </button>
          )}
          {canAccept && (
            <button
              type="button"
              className="button button-secondary"
              onClick={onEdit}
              aria-keyshortcuts={ariaKeys(editSuggestion)}
              title={withKeys("Edit and accept", editSuggestion)}
            >
              Edit and accept
            </button>
          )}
          {canDismiss && (
            <button
              type="button"
              className="button button-secondary"
              onClick={onDismiss}
              aria-keyshortcuts={ariaKeys(dismissSuggestion)}
              title={withKeys("Dismiss", dismissSuggestion)}
            >
              Dismiss
            </button>
          )}
        </div>
      )}
    </article>
  );
}
