import { ariaKeys, READER_SHORTCUTS, withKeys } from "../keyboard/index.ts";

const { suggestionMode } = READER_SHORTCUTS;

/** The reader toolbar's switch for suggestion mode, the same as its key. */
export function SuggestionToggle({ on, onToggle }: { on: boolean; onToggle(): void }) {
  return (
    <button
      type="button"
      className="button button-secondary suggestion-toggle"
      aria-pressed={on}
      aria-keyshortcuts={ariaKeys(suggestionMode)}
      title={withKeys(on ? "Hide the suggestions" : "Show what the rules found in the text", suggestionMode)}
      onClick={onToggle}
    >
      <span className="suggestion-toggle-sample" aria-hidden="true">
        Abc
      </span>
      Suggestions
    </button>
  );
}
