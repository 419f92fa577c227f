// @vitest-environment jsdom
import { Editor } from "@tiptap/core";
import StarterKit from "@tiptap/starter-kit";
import { afterEach, describe, expect, it } from "vitest";
import { liveSelection } from "./live-selection.ts";

let editor: Editor | null = null;
afterEach(() => editor?.destroy());

function mount(): Editor {
  const element = document.createElement("div");
  document.body.append(element);
  editor = new Editor({ element, extensions: [StarterKit], content: "<p>Mr. President,</p>" });
  return editor;
}

describe("liveSelection", () => {
  it("reads the browser's selection before ProseMirror has caught up with it", () => {
    const { view } = mount();
    const text = view.dom.querySelector("p")!.firstChild!;
    document.getSelection()!.setBaseAndExtent(text, 0, text, "Mr. President".length);
    const end = 1 + "Mr. President".length;
    expect(liveSelection(view)).toEqual({ from: 1, to: end, anchor: 1, head: end });
  });

  it("orders a backwards selection, and falls back to the view's own when the browser's is elsewhere", () => {
    const { view } = mount();
    const text = view.dom.querySelector("p")!.firstChild!;
    document.getSelection()!.setBaseAndExtent(text, 5, text, 1);
    expect(liveSelection(view)).toEqual({ from: 2, to: 6, anchor: 6, head: 2 });
    const outside = document.createTextNode("elsewhere");
    document.body.append(outside);
    document.getSelection()!.setBaseAndExtent(outside, 0, outside, 4);
    const { from, to, anchor, head } = view.state.selection;
    expect(liveSelection(view)).toEqual({ from, to, anchor, head });
  });
});
