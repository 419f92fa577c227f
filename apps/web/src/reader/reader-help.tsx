import { GLOBAL_SHORTCUTS, keyLabels, READER_SHORTCUTS, type Shortcut } from "../keyboard/index.ts";
import { TAG_KINDS } from "./tag-kinds.ts";

const key = (shortcut: Shortcut) => keyLabels(shortcut).join(" or ");
const { selectSentence, selectParagraph, extendSentenceForward, extendSentenceBackward, openHighlight, copyReference, suggestionMode } =
  READER_SHORTCUTS;
const [firstKind, ...otherKinds] = TAG_KINDS;

const HELP_SELECT = `Move the caret with the arrow keys and select with Shift and the arrow keys. Press ${key(selectSentence)} to select the sentence, ${key(selectParagraph)} the paragraph, ${key(extendSentenceForward)} to take in the next sentence and ${key(extendSentenceBackward)} the one before.`;
const HELP_TAG = firstKind
  ? `Press ${[`${firstKind.key} to tag the selection as a ${firstKind.label.toLowerCase()}`, ...otherKinds.map((t) => `${t.key} as a ${t.label.toLowerCase()}`)].join(", ")}.`
  : "";
const HELP_OPEN = `With the caret in a highlight, press ${key(openHighlight)} to show it in the panel. Press ${key(copyReference)} to copy the paragraph's reference. Press ${key(suggestionMode)} for suggestion mode: Tab moves from one suggestion to the next. Press ${key(GLOBAL_SHORTCUTS.help)} for every shortcut.`;

/** What the text's keys do, read out when it takes focus (its aria-describedby). */
export function readerHelp(canTag: boolean): string {
  return [HELP_SELECT, canTag ? HELP_TAG : "", HELP_OPEN].filter(Boolean).join(" ");
}

/**
 * The selection keys in a line over the text, so that sighted readers find them without opening the sheet (the
 * tag keys are on the toolbar a selection brings). Hidden from screen readers, which hear the text's description.
 */
export function ReaderKeyHint() {
  const hints: [string, string][] = [
    [key(selectSentence), "sentence"],
    [key(selectParagraph), "paragraph"],
    [`${key(extendSentenceBackward)} ${key(extendSentenceForward)}`, "add a sentence"],
    [key(suggestionMode), "suggestions"],
    [key(GLOBAL_SHORTCUTS.help), "all shortcuts"],
  ];
  return (
    <p className="reader-key-hint" aria-hidden="true">
      {hints.map(([keys, what]) => (
        <span key={what}>
          <kbd>{keys}</kbd> {what}
        </span>
      ))}
    </p>
  );
}
