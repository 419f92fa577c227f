import { Extension } from "@tiptap/core";
import { Plugin, PluginKey } from "@tiptap/pm/state";

/**
 * Why the reader is an *editable* view that cannot change: a `contenteditable="false"` view has no caret,
 * so keyboard users could not select text (Shift+arrows) to tag it. So the view accepts a caret and a
 * selection, and every path that could change the document is closed at two levels:
 *
 * 1. Input never turns into a transaction: typing, paste, drop and cut are swallowed by their handlers, and
 *    `beforeinput` (which the browser fires before it edits the DOM itself: delete, spelling fixes, undo) is
 *    cancelled.
 * 2. Whatever slips past (an IME composition, which cannot be cancelled) becomes a transaction that
 *    `filterTransaction` rejects for changing the document. ProseMirror then finds its DOM out of step with the
 *    unchanged state and redraws the touched paragraph, so the text on screen is the canonical text again.
 *
 * Selection-only and metadata transactions (highlights, the deep-link mark) pass.
 */
export const ReadOnlyGuard = Extension.create({
  name: "readOnlyGuard",
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey("readOnlyGuard"),
        filterTransaction: (tr) => !tr.docChanged,
        props: {
          handleTextInput: () => true,
          handlePaste: () => true,
          handleDrop: () => true,
          handleDOMEvents: {
            beforeinput: (_view, event) => {
              event.preventDefault();
              return true;
            },
            cut: (_view, event) => {
              event.preventDefault();
              return true;
            },
            dragstart: (_view, event) => {
              // Dragging a selection out would offer a move; copying with the keyboard or menu still works.
              event.preventDefault();
              return true;
            },
          },
        },
      }),
    ];
  },
});
