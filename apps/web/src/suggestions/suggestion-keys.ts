import { type KeyPress, matchesShortcut, READER_SHORTCUTS } from "../keyboard/index.ts";

export type SuggestionKeyAction = "toggle" | "next" | "previous" | "accept" | "edit" | "dismiss" | "leave";

export interface KeyContext {
  /** Suggestion mode is on. */
  on: boolean;
  /** The key landed in the statement's text (where Tab, Enter, A and X act on suggestions). */
  inText: boolean;
  /** The key landed in the suggestion panel (where Escape leaves the mode too). */
  inPanel: boolean;
}

const { suggestionMode, nextSuggestion, previousSuggestion, acceptSuggestion, editSuggestion, dismissSuggestion, leaveSuggestions } =
  READER_SHORTCUTS;

/**
 * What a key does to suggestion mode, or null to leave it to the page. Outside the mode only its key acts, so
 * Tab moves focus as usual; inside it, the suggestion keys act only in the text, so the panel's buttons keep
 * theirs. The caller has already left out keys typed into fields and keys pressed while a dialog is open.
 */
export function suggestionKeyAction(press: KeyPress, context: KeyContext): SuggestionKeyAction | null {
  if (matchesShortcut(suggestionMode, press)) return "toggle";
  if (!context.on) return null;
  if (matchesShortcut(leaveSuggestions, press)) return context.inText || context.inPanel ? "leave" : null;
  if (!context.inText) return null;
  if (matchesShortcut(nextSuggestion, press)) return "next";
  if (matchesShortcut(previousSuggestion, press)) return "previous";
  if (matchesShortcut(acceptSuggestion, press)) return "accept";
  if (matchesShortcut(editSuggestion, press)) return "edit";
  if (matchesShortcut(dismissSuggestion, press)) return "dismiss";
  return null;
}
