import { Extension } from "@tiptap/core";
import type { EditorState } from "@tiptap/pm/state";
import { Plugin, PluginKey } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";
import { indexBlocks } from "./block-index.ts";

/** The block a deep link (`#p7`) points at, marked until the link changes. */
export const targetMarkKey = new PluginKey<string | null>("targetMark");

function decorations(state: EditorState): DecorationSet | null {
  const id = targetMarkKey.getState(state);
  const index = indexBlocks(state.doc);
  const block = id ? index.blocks[index.byId.get(id) ?? -1] : undefined;
  if (!block) return null;
  // A node decoration sets attributes on the block's outer element, which ProseMirror owns and redraws.
  const mark = Decoration.node(block.from - 1, block.to + 1, { class: "is-link-target", "aria-current": "location" });
  return DecorationSet.create(state.doc, [mark]);
}

export const TargetMark = Extension.create({
  name: "targetMark",
  addProseMirrorPlugins() {
    return [
      new Plugin<string | null>({
        key: targetMarkKey,
        state: {
          init: () => null,
          apply: (tr, value) => {
            const next = tr.getMeta(targetMarkKey) as string | null | undefined;
            return next === undefined ? value : next;
          },
        },
        props: { decorations },
      }),
    ];
  },
});
