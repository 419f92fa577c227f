// @vitest-environment jsdom
import { Editor } from "@tiptap/core";
import { TextSelection } from "@tiptap/pm/state";
import { afterEach, describe, expect, it } from "vitest";
import { canonicalNodes } from "./canonical-nodes.ts";
import { ReadOnlyGuard } from "./read-only-guard.ts";
import { statementToDoc } from "./statement-doc.ts";
import { positionIn, TEST_BLOCKS } from "./test-statement.ts";

let editor: Editor | null = null;
afterEach(() => editor?.destroy());

function reader(): Editor {
  const element = document.createElement("div");
  document.body.append(element);
  editor = new Editor({
    element,
    extensions: [...canonicalNodes({ slug: "test", onCopyReference: () => Promise.resolve(true) }), ReadOnlyGuard],
    content: statementToDoc(TEST_BLOCKS),
  });
  return editor;
}

describe("ReadOnlyGuard", () => {
  it("refuses every change to the document, from commands and from transactions", () => {
    const e = reader();
    const before = e.state.doc;
    e.commands.insertContentAt(3, "typed");
    e.commands.deleteRange({ from: 2, to: 8 });
    e.view.dispatch(e.state.tr.insertText("x", 5));
    expect(e.state.doc).toBe(before);
  });

  it("lets the selection move, so text can be selected with the keyboard", () => {
    const e = reader();
    const from = positionIn(e.state.doc, "p2", 3);
    e.view.dispatch(e.state.tr.setSelection(TextSelection.create(e.state.doc, from, from + 7)));
    expect(e.state.selection.from).toBe(from);
    expect(e.state.selection.to).toBe(from + 7);
  });

  it("swallows typed text and pasted content", () => {
    const e = reader();
    const before = e.state.doc;
    const typed = e.view.someProp("handleTextInput", (f) => f(e.view, 3, 3, "x", () => e.state.tr));
    expect(typed).toBe(true);
    expect(e.state.doc).toBe(before);
  });

  it("renders each paragraph's text alone in its <p>, which alone carries data-paragraph-id", () => {
    const e = reader();
    const tagged = [...e.view.dom.querySelectorAll("[data-paragraph-id]")];
    expect(tagged.map((el) => el.tagName)).toEqual(["P", "P", "P"]);
    const paragraphs = TEST_BLOCKS.filter((b) => b.kind === "paragraph");
    expect(tagged.map((el) => [el.id, el.getAttribute("data-paragraph-id"), el.textContent])).toEqual(
      paragraphs.map((b) => [b.id, b.id, b.text]),
    );
    expect([...e.view.dom.querySelectorAll(".paragraph-ref")].map((a) => [a.textContent, a.getAttribute("href")])).toEqual([
      ["1", "#p1"],
      ["2", "#p2"],
      ["3", "#p3"],
    ]);
    expect(e.view.dom.querySelector("h2#h1")?.textContent).toBe("Opening remarks");
    expect(e.view.dom.querySelector("h3#h2")?.textContent).toBe("Commitments");
  });
});
