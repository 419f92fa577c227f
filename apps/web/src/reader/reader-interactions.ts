import { Extension } from "@tiptap/core";
import { Plugin, PluginKey, TextSelection } from "@tiptap/pm/state";
import type { EditorView } from "@tiptap/pm/view";
import type { TextPoint } from "@verbatim/core";
import { matchesShortcut, READER_SHORTCUTS, type Shortcut } from "../keyboard/index.ts";
import { indexBlocks, pointAt } from "./block-index.ts";
import { liveSelection } from "./live-selection.ts";
import { extendBySentence, selectParagraph, selectSentence } from "./sentence-selection.ts";
import { selectionToTarget } from "./selection-to-target.ts";
import { tagKindFor, type TagKind } from "./tag-kinds.ts";
import type { TargetDraft } from "../annotations/index.ts";

/** What the reader's React side does with events the view reports. Read through a ref, so always current. */
export interface ReaderHandlers {
  onTagKey(view: EditorView, kind: TagKind, target: TargetDraft): void;
  /** Enter with the caret at a point: opens the highlight there, if any. */
  onActivateAt(point: TextPoint): void;
  /** C: copies the reference of the block the caret (or the selection's moving end) is in. */
  onCopyAt(view: EditorView, point: TextPoint): void;
  onClick(view: EditorView, event: MouseEvent): void;
  onPointerMove(event: MouseEvent): void;
  onPointerLeave(): void;
  onPointerDown(): void;
}

const ignore = () => undefined;
export const NO_HANDLERS: ReaderHandlers = {
  onTagKey: ignore,
  onActivateAt: ignore,
  onCopyAt: ignore,
  onClick: ignore,
  onPointerMove: ignore,
  onPointerLeave: ignore,
  onPointerDown: ignore,
};

export interface ReaderInteractionsOptions {
  /** A getter, not the ref itself: Tiptap deep-copies plain objects in options, which would freeze the ref. */
  handlers: () => ReaderHandlers;
  /** After every view update, even one without a transaction (a redraw after input was refused). */
  onViewUpdate: () => void;
}

function caretPoint(view: EditorView): TextPoint | null {
  const { selection, doc } = view.state;
  return selection.empty ? pointAt(indexBlocks(doc), selection.head, "start") : null;
}

/** Keys that select by sentence and paragraph: letters and brackets, which the browser leaves to the page. */
const SELECTION_KEYS: readonly [Shortcut, (view: EditorView) => void][] = [
  [READER_SHORTCUTS.selectSentence, (view) => selectSentence(view)],
  [READER_SHORTCUTS.selectParagraph, selectParagraph],
  [READER_SHORTCUTS.extendSentenceForward, (view) => extendBySentence(view, "forward")],
  [READER_SHORTCUTS.extendSentenceBackward, (view) => extendBySentence(view, "backward")],
];

function handleKeyDown(view: EditorView, event: KeyboardEvent, handlers: ReaderHandlers): boolean {
  // Shortcuts with modifiers are the browser's and ProseMirror's: copy, select all, find.
  if (event.ctrlKey || event.metaKey || event.altKey) return false;
  const selecting = SELECTION_KEYS.find(([shortcut]) => matchesShortcut(shortcut, event));
  if (selecting) {
    selecting[1](view);
    return true;
  }
  const tagKind = tagKindFor(event);
  if (tagKind) {
    const { from, to } = liveSelection(view);
    const target = selectionToTarget(view.state.doc, from, to);
    if (target) handlers.onTagKey(view, tagKind, target);
    return true;
  }
  if (matchesShortcut(READER_SHORTCUTS.openHighlight, event)) {
    const point = caretPoint(view);
    if (point) handlers.onActivateAt(point);
    return true;
  }
  if (matchesShortcut(READER_SHORTCUTS.copyReference, event)) {
    const point = pointAt(indexBlocks(view.state.doc), view.state.selection.head, "start");
    if (point) handlers.onCopyAt(view, point);
    return true;
  }
  if (matchesShortcut(READER_SHORTCUTS.clearSelection, event) && !view.state.selection.empty) {
    const { head } = view.state.selection;
    view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, head)));
    return true;
  }
  return false;
}

/**
 * A triple click selects the sentence, where the browser would take the whole paragraph: a tag is more often one
 * sentence. The browser's own count (`detail`) decides, since ProseMirror's count can disagree with it.
 */
function selectSentenceAt(view: EditorView, event: MouseEvent): boolean {
  const at = view.posAtCoords({ left: event.clientX, top: event.clientY });
  if (!at) return false;
  event.preventDefault();
  selectSentence(view, at.pos);
  return true;
}

/** Keys, pointer and view updates of the reader, handed to React through `handlers`. */
export const ReaderInteractions = Extension.create<ReaderInteractionsOptions>({
  name: "readerInteractions",
  addOptions() {
    return { handlers: () => NO_HANDLERS, onViewUpdate: ignore };
  },
  addProseMirrorPlugins() {
    const { handlers, onViewUpdate } = this.options;
    return [
      new Plugin({
        key: new PluginKey("readerInteractions"),
        props: {
          handleKeyDown: (view, event) => handleKeyDown(view, event, handlers()),
          handleClick: (view, _pos, event) => {
            handlers().onClick(view, event);
            return false;
          },
          handleDOMEvents: {
            mousemove: (_view, event) => {
              handlers().onPointerMove(event);
              return false;
            },
            mouseleave: () => {
              handlers().onPointerLeave();
              return false;
            },
            mousedown: (view, event) => {
              if (event.button !== 0) return false;
              handlers().onPointerDown();
              return event.detail === 3 && selectSentenceAt(view, event);
            },
          },
        },
        view: () => ({ update: onViewUpdate }),
      }),
    ];
  },
});
