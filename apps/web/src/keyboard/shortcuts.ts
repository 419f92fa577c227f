/**
 * Every keyboard shortcut of the app, once: the key handlers match keys with these entries, buttons take their
 * tooltips and aria-keyshortcuts from them, and the shortcuts sheet lists them, so none of these can drift.
 */

/** Where a shortcut works: everywhere, or on one kind of page. */
export type ShortcutScope = "global" | "library" | "reader" | "review" | "placing" | "codebook" | "registry";

export interface Shortcut {
  /** Each way to press it, spelt as aria-keyshortcuts wants ("Shift+?", "Control+Enter"). */
  keys: readonly string[];
  description: string;
  scope: ShortcutScope;
  /** The heading it is listed under in the shortcuts sheet; groups appear in the order of this list. */
  group: string;
}

const EVERYWHERE = "Everywhere";
const SELECT = "Selecting text";
const TAG = "Tagging";
const HIGHLIGHTS = "Highlights and references";
const FORM = "The tagging form";
const NOTES = "Notes and comments";
const MOVE = "Moving through the queue";
const DECIDE = "Deciding";
const SEARCH = "Searching";
const SUGGEST = "Suggestions found in the text";

export const GLOBAL_SHORTCUTS = {
  help: { keys: ["Shift+?"], description: "Show the keyboard shortcuts", scope: "global", group: EVERYWHERE },
  closeDialog: { keys: ["Escape"], description: "Close a dialog", scope: "global", group: EVERYWHERE },
  // The codebook's and the registry's own filters keep / on their pages (their lists are what one looks through there).
  search: {
    keys: ["/"],
    description: "Search everything, in the banner's box (on the codebook and registry pages, / filters the page's list)",
    scope: "global",
    group: EVERYWHERE,
  },
} as const satisfies Record<string, Shortcut>;

export const LIBRARY_SHORTCUTS = {
  search: { keys: ["Enter"], description: "Search at once, in the search box", scope: "library", group: SEARCH },
} as const satisfies Record<string, Shortcut>;

const IMPORT_MARK = "Correcting an import preview (a line focused)";
const IMPORT_SHAPE = "Reshaping the import preview's paragraphs";

/**
 * The import dialog's editable preview: a focused line (a paragraph, a heading or a dropped line) is marked by a letter.
 * Each key sends one edit; the server answers with the new preview, which is exactly what will be imported.
 */
export const IMPORT_SHORTCUTS = {
  markTitle: { keys: ["T"], description: "Mark the line as the title", scope: "library", group: IMPORT_MARK },
  markSpeaker: { keys: ["S"], description: "Mark the line as the speaker", scope: "library", group: IMPORT_MARK },
  markDelegation: { keys: ["G"], description: "Mark the line as the delegation", scope: "library", group: IMPORT_MARK },
  markDate: { keys: ["D"], description: "Mark the line as the date", scope: "library", group: IMPORT_MARK },
  markForum: { keys: ["F"], description: "Mark the line as the forum", scope: "library", group: IMPORT_MARK },
  markParagraph: {
    keys: ["P"],
    description: "Make the line a paragraph (brings a dropped line back)",
    scope: "library",
    group: IMPORT_MARK,
  },
  markHeading: { keys: ["H"], description: "Make the line a heading", scope: "library", group: IMPORT_MARK },
  drop: { keys: ["X"], description: "Drop the line", scope: "library", group: IMPORT_MARK },
  merge: { keys: ["M"], description: "Merge the paragraph with the next", scope: "library", group: IMPORT_SHAPE },
  split: { keys: ["Enter", "/"], description: "Split the paragraph at the caret", scope: "library", group: IMPORT_SHAPE },
  undo: { keys: ["Control+Z", "Meta+Z"], description: "Undo the last change to the preview", scope: "library", group: IMPORT_SHAPE },
  nextLine: { keys: ["Alt+ArrowDown"], description: "Next line", scope: "library", group: IMPORT_SHAPE },
  previousLine: { keys: ["Alt+ArrowUp"], description: "Line before", scope: "library", group: IMPORT_SHAPE },
} as const satisfies Record<string, Shortcut>;

export const READER_SHORTCUTS = {
  extendByCharacter: {
    keys: ["Shift+ArrowLeft", "Shift+ArrowRight"],
    description: "Extend the selection by a character",
    scope: "reader",
    group: SELECT,
  },
  selectSentence: { keys: ["S"], description: "Select the sentence at the caret (or triple-click it)", scope: "reader", group: SELECT },
  selectParagraph: { keys: ["P"], description: "Select the paragraph at the caret", scope: "reader", group: SELECT },
  extendSentenceForward: { keys: ["]"], description: "Take in the next sentence", scope: "reader", group: SELECT },
  extendSentenceBackward: { keys: ["["], description: "Take in the sentence before", scope: "reader", group: SELECT },
  clearSelection: { keys: ["Escape"], description: "Clear the selection", scope: "reader", group: SELECT },
  tagPosition: { keys: ["1"], description: "Tag the selection as a position", scope: "reader", group: TAG },
  tagCommitment: { keys: ["2"], description: "Tag the selection as a commitment", scope: "reader", group: TAG },
  tagCrossReference: { keys: ["3"], description: "Tag the selection as a cross-reference", scope: "reader", group: TAG },
  openHighlight: { keys: ["Enter"], description: "Show the highlight at the caret in the side panel", scope: "reader", group: HIGHLIGHTS },
  copyReference: { keys: ["C"], description: "Copy the reference of the paragraph at the caret", scope: "reader", group: HIGHLIGHTS },
  undoDelete: {
    keys: ["Control+Z", "Meta+Z"],
    description: "Undo a deletion while its notice shows",
    scope: "reader",
    group: HIGHLIGHTS,
  },
  suggestionMode: {
    keys: ["F"],
    description: "Suggestion mode: show what the text's rules found, or hide it",
    scope: "reader",
    group: SUGGEST,
  },
  nextSuggestion: { keys: ["Tab"], description: "Next suggestion (in suggestion mode)", scope: "reader", group: SUGGEST },
  previousSuggestion: { keys: ["Shift+Tab"], description: "Suggestion before", scope: "reader", group: SUGGEST },
  acceptSuggestion: {
    keys: ["Enter", "A"],
    description: "Accept the suggestion: it becomes your proposed annotation",
    scope: "reader",
    group: SUGGEST,
  },
  dismissSuggestion: { keys: ["X"], description: "Dismiss the suggestion for good", scope: "reader", group: SUGGEST },
  editSuggestion: {
    keys: ["E"],
    description: "Edit the suggestion's attributes, then accept it",
    scope: "reader",
    group: SUGGEST,
  },
  leaveSuggestions: { keys: ["Escape"], description: "Leave suggestion mode", scope: "reader", group: SUGGEST },
  saveTag: { keys: ["Enter"], description: "Save the tag (in a field other than the note)", scope: "reader", group: FORM },
  saveTagAnywhere: {
    keys: ["Control+Enter", "Meta+Enter"],
    description: "Save the tag from anywhere in the form",
    scope: "reader",
    group: FORM,
  },
  cancelTag: { keys: ["Escape"], description: "Cancel tagging", scope: "reader", group: FORM },
  bold: { keys: ["Control+B", "Meta+B"], description: "Bold", scope: "reader", group: NOTES },
  italic: { keys: ["Control+I", "Meta+I"], description: "Italic", scope: "reader", group: NOTES },
  sendComment: { keys: ["Control+Enter", "Meta+Enter"], description: "Send a comment", scope: "reader", group: NOTES },
} as const satisfies Record<string, Shortcut>;

export const REVIEW_SHORTCUTS = {
  next: { keys: ["J"], description: "Next annotation", scope: "review", group: MOVE },
  previous: { keys: ["K"], description: "Previous annotation", scope: "review", group: MOVE },
  accept: { keys: ["A"], description: "Mark accepted", scope: "review", group: DECIDE },
  reject: { keys: ["R"], description: "Mark rejected", scope: "review", group: DECIDE },
  dispute: { keys: ["D"], description: "Mark disputed, with a comment saying why", scope: "review", group: DECIDE },
  sendDispute: { keys: ["Enter"], description: "Send the dispute, in the comment field", scope: "review", group: DECIDE },
  cancelComment: { keys: ["Escape"], description: "Close the comment field", scope: "review", group: DECIDE },
} as const satisfies Record<string, Shortcut>;

const PLACE_MOVE = "Moving through the annotations to place";
const PLACE_SELECT = "Choosing words in the current text";
const PLACE_DECIDE = "Placing";

export const PLACING_SHORTCUTS = {
  next: { keys: ["J", "ArrowDown"], description: "Next annotation", scope: "placing", group: PLACE_MOVE },
  previous: { keys: ["K", "ArrowUp"], description: "Previous annotation", scope: "placing", group: PLACE_MOVE },
  selectWord: {
    keys: ["ArrowLeft", "ArrowRight"],
    description: "Select the word before or after (or select words with the mouse)",
    scope: "placing",
    group: PLACE_SELECT,
  },
  extendWord: {
    keys: ["Shift+ArrowLeft", "Shift+ArrowRight"],
    description: "Take in one word less or one more",
    scope: "placing",
    group: PLACE_SELECT,
  },
  clearWords: { keys: ["Escape"], description: "Clear the selection", scope: "placing", group: PLACE_SELECT },
  paragraphBefore: { keys: ["["], description: "Show the paragraph before, to choose words there", scope: "placing", group: PLACE_SELECT },
  paragraphAfter: { keys: ["]"], description: "Show the paragraph after", scope: "placing", group: PLACE_SELECT },
  confirm: { keys: ["C"], description: "Confirm a fuzzy match where it was placed", scope: "placing", group: PLACE_DECIDE },
  place: { keys: ["P", "Enter"], description: "Place it on the selected words", scope: "placing", group: PLACE_DECIDE },
  drop: { keys: ["D"], description: "Drop it (deleted, with Undo)", scope: "placing", group: PLACE_DECIDE },
  undoDrop: { keys: ["Control+Z", "Meta+Z"], description: "Undo a drop while its notice shows", scope: "placing", group: PLACE_DECIDE },
} as const satisfies Record<string, Shortcut>;

const CODE_FIND = "Finding codes";
const CODE_TREE = "Moving through the codebook";

export const CODEBOOK_SHORTCUTS = {
  filter: { keys: ["/"], description: "Filter the codes", scope: "codebook", group: CODE_FIND },
  move: { keys: ["ArrowDown", "ArrowUp"], description: "Next or previous code", scope: "codebook", group: CODE_TREE },
  expand: {
    keys: ["ArrowRight"],
    description: "Show a code's definition and the codes under it (again: go to the first of them)",
    scope: "codebook",
    group: CODE_TREE,
  },
  collapse: { keys: ["ArrowLeft"], description: "Hide them (again: go to the code above)", scope: "codebook", group: CODE_TREE },
  ends: { keys: ["Home", "End"], description: "First or last code", scope: "codebook", group: CODE_TREE },
  open: { keys: ["Enter"], description: "Show the code's details and actions", scope: "codebook", group: CODE_TREE },
} as const satisfies Record<string, Shortcut>;

export const REGISTRY_SHORTCUTS = {
  filter: { keys: ["/"], description: "Filter the registry", scope: "registry", group: "Finding entries" },
} as const satisfies Record<string, Shortcut>;

export const ALL_SHORTCUTS: readonly Shortcut[] = [
  ...Object.values(GLOBAL_SHORTCUTS),
  ...Object.values(LIBRARY_SHORTCUTS),
  ...Object.values(IMPORT_SHORTCUTS),
  ...Object.values(READER_SHORTCUTS),
  ...Object.values(REVIEW_SHORTCUTS),
  ...Object.values(PLACING_SHORTCUTS),
  ...Object.values(CODEBOOK_SHORTCUTS),
  ...Object.values(REGISTRY_SHORTCUTS),
];

export interface ShortcutGroup {
  title: string;
  shortcuts: Shortcut[];
}

/** The shortcuts of the given scopes (the global ones first), grouped by heading in their listed order. */
export function shortcutGroups(scopes: readonly ShortcutScope[]): ShortcutGroup[] {
  const groups = new Map<string, Shortcut[]>();
  for (const shortcut of ALL_SHORTCUTS) {
    if (shortcut.scope !== "global" && !scopes.includes(shortcut.scope)) continue;
    const group = groups.get(shortcut.group) ?? [];
    group.push(shortcut);
    groups.set(shortcut.group, group);
  }
  return [...groups].map(([title, shortcuts]) => ({ title, shortcuts }));
}
