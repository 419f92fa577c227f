export { detectSuggestions, MAX_PARAGRAPH_CHARS, MAX_SUGGESTIONS } from "./detect-suggestions.ts";
export { canonicalUnSymbol } from "./canonical-symbol.ts";
export { provenanceText, type SuggestionProvenance } from "./provenance.ts";
export { spokenDigits } from "./spoken-number.ts";
export { suggestionsApply } from "./suggestions-apply.ts";
export { SUGGESTION_RULES, type InstrumentEntry, type Suggestion, type SuggestionInput, type SuggestionRule } from "./suggestion.ts";
export { DETECTOR_VERSION } from "./detector-version.ts";
