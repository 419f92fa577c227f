import { quoted } from "@verbatim/core";
import { ErrorAlert } from "../components/error-alert.tsx";
import { ariaKeys, keyLabels, READER_SHORTCUTS, withKeys } from "../keyboard/index.ts";
import { kindClass } from "../lib/annotation-scheme.ts";
import { KIND_LABELS, labelFor } from "../lib/taxonomy-labels.ts";
import { CurrentSuggestion } from "./current-suggestion.tsx";
import { countOf, groupByKind } from "./suggestion-groups.ts";
import { confidenceText, notEnglishText } from "./suggestion-wording.ts";
import type { SuggestionMode } from "./use-suggestion-mode.ts";

/** Quotes listed per kind before "and N more": Tab reaches them all; the list is for finding one with the pointer. */
const LISTED_PER_KIND = 40;
const { nextSuggestion, leaveSuggestions } = READER_SHORTCUTS;

/** Suggestion mode's side panel: the current suggestion, then every open one by kind, each kind accepted at once. */
export function SuggestionPanel({ mode }: { mode: SuggestionMode }) {
  const { list, ordered, current } = mode;
  const groups = groupByKind(ordered);
  const position = current ? ordered.indexOf(current) + 1 : 0;
  const spoken = current
    ? `${labelFor(KIND_LABELS, current.kind)}: ${quoted(current.quote)}. ${confidenceText(current.confidence)}. ${position} of ${ordered.length}.`
    : "";

  return (
    <section className="suggestion-panel" aria-labelledby="suggestion-panel-title">
      <div className="suggestion-panel-head">
        <h2 id="suggestion-panel-title">Suggestions</h2>
        <button
          type="button"
          className="button button-quiet"
          onClick={mode.leave}
          aria-keyshortcuts={ariaKeys(leaveSuggestions)}
          title={withKeys("Leave suggestion mode", leaveSuggestions)}
        >
          Leave
        </button>
      </div>
      {mode.loading && <p className="suggestion-note">Finding suggestions…</p>}
      {mode.error !== null && <ErrorAlert error={mode.error} onRetry={mode.retry} />}
      {list && !list.applies && <p className="suggestion-note">{notEnglishText(list.language)}</p>}
      {list?.applies && ordered.length === 0 && (
        <p className="suggestion-note">No open suggestions: everything the rules found is tagged or dismissed.</p>
      )}
      {list && ordered.length > 0 && !current && (
        <p className="suggestion-note">
          {ordered.length === 1 ? "1 suggestion" : `${ordered.length} suggestions`}, drawn grey and dotted in the text. Press{" "}
          <kbd>{keyLabels(nextSuggestion).join(" or ")}</kbd> in the text to go to the next one.
        </p>
      )}
      {list && current && (
        <CurrentSuggestion
          suggestion={current}
          position={position}
          total={ordered.length}
          canAccept={list.can.accept}
          canDismiss={list.can.dismiss}
          onAccept={mode.accept}
          onEdit={mode.startEditing}
          onDismiss={mode.dismiss}
        />
      )}
      {list && !list.can.accept && ordered.length > 0 && (
        <p className="suggestion-note">You may read the suggestions; analysts accept or dismiss them.</p>
      )}
      {groups.map((group) => (
        <section key={group.kind} className={`suggestion-group ${kindClass(group.kind)}`} aria-label={labelFor(KIND_LABELS, group.kind)}>
          <div className="suggestion-group-head">
            <h3>
              <span className="kind-badge">{labelFor(KIND_LABELS, group.kind)}</span>{" "}
              <span className="suggestion-count">({group.items.length})</span>
            </h3>
            {list?.can.accept && (
              <button
                type="button"
                className="button button-quiet suggestion-accept-all"
                disabled={mode.acceptingAll}
                onClick={() => mode.acceptAll(group.kind)}
              >
                Accept all {countOf(group.items.length, group.kind)}
              </button>
            )}
          </div>
          <ul className="suggestion-list">
            {group.items.slice(0, LISTED_PER_KIND).map((s) => (
              <li key={s.id}>
                <button
                  type="button"
                  className="suggestion-quote-button"
                  aria-current={s === current ? "true" : undefined}
                  onClick={() => mode.choose(s.id)}
                >
                  {quoted(s.quote)}
                </button>
              </li>
            ))}
          </ul>
          {group.items.length > LISTED_PER_KIND && <p className="suggestion-note">and {group.items.length - LISTED_PER_KIND} more</p>}
        </section>
      ))}
      <p className="visually-hidden" aria-live="polite">
        {spoken}
      </p>
    </section>
  );
}
