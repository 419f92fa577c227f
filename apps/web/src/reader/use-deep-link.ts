import type { Editor } from "@tiptap/core";
import { useEffect } from "react";
import { indexBlocks } from "./block-index.ts";
import { blockElement, placeCaret } from "./block-element.ts";
import { targetMarkKey } from "./target-mark.ts";

/**
 * Follows the URL's hash (`#p7`, `#h2`): scrolls to that block, marks it (see `.is-link-target`) and puts the
 * caret at its start; a hash naming no block clears the mark. Runs again whenever the hash changes.
 */
export function useDeepLink(editor: Editor | null, hash: string): void {
  useEffect(() => {
    if (!editor) return;
    const { view } = editor;
    const id = decodeURIComponent(hash.replace(/^#/, ""));
    const index = indexBlocks(view.state.doc);
    const block = index.blocks[index.byId.get(id) ?? -1];
    view.dispatch(view.state.tr.setMeta(targetMarkKey, block ? block.id : null));
    if (!block) return;
    placeCaret(view, block.from);
    // The statement arrives after the browser tried to follow the hash, so scroll once it is drawn.
    blockElement(view, block)?.scrollIntoView({ block: "start" });
  }, [editor, hash]);
}
