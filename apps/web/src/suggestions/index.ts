/**
 * Suggestions in the reader (issue 16): what the detector found in a statement, drawn apart from annotations in
 * suggestion mode, walked with Tab and accepted or dismissed with one key. The queries and mutations talk to the
 * suggestion endpoints; the order, grouping and key mapping are pure and tested beside them.
 */
export { SuggestionPanel } from "./suggestion-panel.tsx";
export { SuggestionToggle } from "./suggestion-toggle.tsx";
export { useSuggestionKeys } from "./use-suggestion-keys.ts";
export { useSuggestionMode, type SuggestionMode } from "./use-suggestion-mode.ts";
export { suggestionsQuery, type Suggestion, type SuggestionList } from "./suggestions-query.ts";
export { provenanceOf, provenanceText, type Provenance } from "./provenance.ts";
export { SUGGESTION_PARAM } from "./suggestion-param.ts";
