// @vitest-environment jsdom
import { Editor } from "@tiptap/core";
import { TextSelection } from "@tiptap/pm/state";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { canonicalNodes } from "./canonical-nodes.ts";
import { ReadOnlyGuard } from "./read-only-guard.ts";
import { extendBySentence, selectParagraph, selectSentence } from "./sentence-selection.ts";
import { statementToDoc, type StatementBlock } from "./statement-doc.ts";
import { installFakeLayoutAndHighlights } from "./test-dom.ts";
import { positionIn } from "./test-statement.ts";

const BLOCKS: StatementBlock[] = [
  { id: "p1", number: 1, kind: "paragraph", section: null, text: "Mr. President, we thank the U.N. Secretariat. We agree." },
  { id: "p2", number: 2, kind: "paragraph", section: null, text: "See resolution No. 5 of 2020. Thank you." },
];

let editor: Editor | null = null;
beforeAll(() => installFakeLayoutAndHighlights());
afterEach(() => editor?.destroy());

function reader(): Editor {
  const element = document.createElement("div");
  document.body.append(element);
  editor = new Editor({
    element,
    extensions: [...canonicalNodes({ slug: "test", onCopyReference: () => Promise.resolve(true) }), ReadOnlyGuard],
    content: statementToDoc(BLOCKS),
  });
  return editor;
}

function caret(e: Editor, blockId: string, offset: number, to?: number) {
  const at = positionIn(e.state.doc, blockId, offset);
  const end = to === undefined ? at : positionIn(e.state.doc, blockId, to);
  e.view.dispatch(e.state.tr.setSelection(TextSelection.create(e.state.doc, at, end)));
}

const selected = (e: Editor) => e.state.doc.textBetween(e.state.selection.from, e.state.selection.to, "\n");

describe("sentence selection", () => {
  it("selects the sentence at the caret, past abbreviations", () => {
    const e = reader();
    caret(e, "p1", 20);
    selectSentence(e.view);
    expect(selected(e)).toBe("Mr. President, we thank the U.N. Secretariat.");
    caret(e, "p2", 12);
    selectSentence(e.view);
    expect(selected(e)).toBe("See resolution No. 5 of 2020.");
  });

  it("widens a selection to whole sentences, and selects at a clicked position", () => {
    const e = reader();
    caret(e, "p1", 30, 50);
    selectSentence(e.view);
    expect(selected(e)).toBe("Mr. President, we thank the U.N. Secretariat. We agree.");
    selectSentence(e.view, positionIn(e.state.doc, "p2", 35));
    expect(selected(e)).toBe("Thank you.");
  });

  it("takes in the next sentence, across paragraphs, and the one before", () => {
    const e = reader();
    caret(e, "p1", 0);
    extendBySentence(e.view, "forward");
    expect(selected(e)).toBe("Mr. President, we thank the U.N. Secretariat.");
    extendBySentence(e.view, "forward");
    extendBySentence(e.view, "forward");
    expect(selected(e)).toBe("Mr. President, we thank the U.N. Secretariat. We agree.\nSee resolution No. 5 of 2020.");
    caret(e, "p2", 30, 40);
    extendBySentence(e.view, "backward");
    expect(selected(e)).toBe("See resolution No. 5 of 2020. Thank you.");
    expect(e.state.selection.head).toBe(positionIn(e.state.doc, "p2", 0));
  });

  it("selects the paragraph at the caret", () => {
    const e = reader();
    caret(e, "p2", 3);
    selectParagraph(e.view);
    expect(selected(e)).toBe(BLOCKS[1]?.text);
  });
});
