import { Extension } from "@tiptap/core";
import { Plugin, PluginKey, TextSelection } from "@tiptap/pm/state";
import type { EditorView } from "@tiptap/pm/view";
import type { TextPoint } from "@verbatim/core";
import { indexBlocks, pointAt } from "./block-index.ts";
import { liveSelection } from "./live-selection.ts";
import { selectionToTarget } from "./selection-to-target.ts";
import { tagKindForKey, type TagKind } from "./tag-kinds.ts";
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

function handleKeyDown(view: EditorView, event: KeyboardEvent, handlers: ReaderHandlers): boolean {
  // Shortcuts with modifiers are the browser's and ProseMirror's: copy, select all, find.
  if (event.ctrlKey || event.metaKey || event.altKey) return false;
  const tagKind = tagKindForKey(event.key);
  if (tagKind) {
    const { from, to } = liveSelection(view);
    const target = selectionToTarget(view.state.doc, from, to);
    if (target) handlers.onTagKey(view, tagKind, target);
    return true;
  }
  if (event.key === "Enter") {
    const point = caretPoint(view);
    if (point) handlers.onActivateAt(point);
    return true;
  }
  if (event.key === "c" || event.key === "C") {
    const point = pointAt(indexBlocks(view.state.doc), view.state.selection.head, "start");
    if (point) handlers.onCopyAt(view, point);
    return true;
  }
  if (event.key === "Escape" && !view.state.selection.empty) {
    const { head } = view.state.selection;
    view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, head)));
    return true;
  }
  return false;
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
            mousedown: (_view, event) => {
              if (event.button === 0) handlers().onPointerDown();
              return false;
            },
          },
        },
        view: () => ({ update: onViewUpdate }),
      }),
    ];
  },
});
