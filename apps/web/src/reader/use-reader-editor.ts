import { Editor } from "@tiptap/core";
import { useLayoutEffect, useState, type RefObject } from "react";
import { indexBlocks } from "./block-index.ts";
import { canonicalNodes } from "./canonical-nodes.ts";
import { createHighlightPainter, type HighlightPainter } from "./highlight-painter.ts";
import { ReadOnlyGuard } from "./read-only-guard.ts";
import { ReaderInteractions, type ReaderHandlers } from "./reader-interactions.ts";
import { statementToDoc, type StatementBlock } from "./statement-doc.ts";
import { TargetMark } from "./target-mark.ts";

interface ReaderEditorOptions {
  slug: string;
  label: string;
  blocks: readonly StatementBlock[];
  handlers: { current: ReaderHandlers };
  onCopyReference: { current: (paragraphId: string, number: number | null) => Promise<boolean> };
  describedBy: string;
}

export interface ReaderView {
  editor: Editor;
  painter: HighlightPainter;
}

/**
 * The read-only Tiptap editor over the statement's blocks, mounted into `host` before the first paint, with
 * its highlight painter. A new one is made only when the blocks change (another revision); everything else
 * reaches it through refs.
 */
export function useReaderEditor(host: RefObject<HTMLElement | null>, options: ReaderEditorOptions): ReaderView | null {
  const [reader, setReader] = useState<ReaderView | null>(null);
  const { slug, label, blocks, handlers, onCopyReference, describedBy } = options;

  useLayoutEffect(() => {
    const element = host.current;
    if (!element) return undefined;
    let painter: HighlightPainter | null = null;
    const editor = new Editor({
      element,
      extensions: [
        ...canonicalNodes({ slug, onCopyReference: (id, number) => onCopyReference.current(id, number) }),
        ReadOnlyGuard,
        ReaderInteractions.configure({ handlers: () => handlers.current, onViewUpdate: () => painter?.checkNodes() }),
        TargetMark,
      ],
      content: statementToDoc(blocks),
      injectCSS: false,
      enableInputRules: false,
      enablePasteRules: false,
      editorProps: {
        attributes: {
          class: "reader-text",
          "aria-label": label,
          "aria-readonly": "true",
          "aria-multiline": "true",
          "aria-describedby": describedBy,
          // A caret for selecting, never a keyboard for typing: no on-screen keyboard, no spelling marks.
          inputmode: "none",
          spellcheck: "false",
          autocorrect: "off",
          autocapitalize: "off",
          // Page translation rewrites text nodes, which would move every offset; the guard would undo it anyway.
          translate: "no",
        },
      },
    });
    performance.mark("verbatim:reader-text-ready", { detail: { blocks: blocks.length } });
    const created = createHighlightPainter(editor.view, indexBlocks(editor.state.doc));
    painter = created;
    // The editor is an outside system that can exist only once its host element does: made here, then kept.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setReader({ editor, painter: created });
    return () => {
      setReader(null);
      created.destroy();
      editor.destroy();
    };
  }, [host, slug, label, blocks, handlers, onCopyReference, describedBy]);

  return reader;
}
