// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from "@testing-library/react";
import { TextSelection } from "@tiptap/pm/state";
import type { EditorView } from "@tiptap/pm/view";
import type { Annotation } from "@verbatim/contract";
import { MemoryRouter } from "react-router";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { selectionToTarget } from "./selection-to-target.ts";
import { StatementReader, type StatementReaderProps } from "./statement-reader.tsx";
import { testAnnotation } from "./test-annotation.ts";
import { installFakeLayoutAndHighlights, paintedText, TEST_STATEMENT } from "./test-dom.ts";
import { positionIn, TEST_BLOCKS } from "./test-statement.ts";

const p2 = TEST_BLOCKS[2]?.text ?? "";
const welcome = p2.indexOf("welcome resolution");
const ANNOTATIONS: Annotation[] = [
  testAnnotation({ id: "a1", kind: "position", target: { paragraphId: "p2", start: welcome, end: welcome + 28 } }),
  testAnnotation({ id: "a2", kind: "cross-reference", target: { paragraphId: "p2", start: welcome + 8, end: welcome + 28 } }),
  testAnnotation({ id: "a3", kind: "commitment", target: { paragraphId: "p2", start: p2.length - 6, end: 7, endParagraphId: "p3" } }),
  testAnnotation({ id: "optimistic-9", kind: "commitment", target: { paragraphId: "p1", start: 0, end: 3 } }),
];

let registry: ReturnType<typeof installFakeLayoutAndHighlights>;
beforeAll(() => {
  registry = installFakeLayoutAndHighlights();
});
afterEach(cleanup);

function renderReader(props: Partial<StatementReaderProps> = {}, hash = "") {
  const handlers = { onSelectAnnotation: vi.fn(), onTag: vi.fn() };
  render(
    <MemoryRouter initialEntries={[`/s/test${hash}`]}>
      <StatementReader
        statement={TEST_STATEMENT}
        annotations={ANNOTATIONS}
        selectedAnnotationId={null}
        reveal={null}
        {...handlers}
        {...props}
      />
    </MemoryRouter>,
  );
  const dom = screen.getByRole("textbox", { name: /Text of the statement/ });
  const view = (dom as unknown as { editor: { view: EditorView } }).editor.view;
  return { ...handlers, dom, view };
}

function select(view: EditorView, from: number, to: number) {
  act(() => {
    view.focus();
    view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, from, to)));
  });
}

const painted = (layer: string) => (registry.get(layer)?.ranges ?? []).map(paintedText);

describe("StatementReader highlights", () => {
  it("paints each annotation over its exact text, per kind, split at paragraphs, overlaps marked", () => {
    renderReader();
    expect(painted("vb-position-light")).toEqual(["welcome resolution 74/247 an"]);
    expect(painted("vb-cross-reference-light")).toEqual(["resolution 74/247 an"]);
    expect(painted("vb-commitment-light")).toEqual(["basis.", "Commitments", "We will"]);
    expect(painted("vb-commitment-unsaved")).toEqual(["Mr."]);
    expect(painted("vb-overlap-2")).toEqual(["resolution 74/247 an"]);
  });

  it("paints only the shown statuses, and a selected annotation whatever its status", () => {
    const rejected = testAnnotation({ id: "r1", kind: "position", status: "rejected", target: { paragraphId: "p1", start: 4, end: 9 } });
    const shownStatuses = new Set(["accepted", "proposed", "disputed"] as const);
    renderReader({ annotations: [...ANNOTATIONS, rejected], shownStatuses });
    expect(painted("vb-status-rejected")).toEqual([]);
    cleanup();
    renderReader({ annotations: [...ANNOTATIONS, rejected], shownStatuses, selectedAnnotationId: "r1" });
    expect(painted("vb-status-rejected")).toEqual([painted("vb-selected")[0]]);
  });

  it("leaves the text alone: one text node per paragraph, equal to the canonical text", () => {
    const { dom } = renderReader();
    for (const p of dom.querySelectorAll("p[data-paragraph-id]")) {
      expect(p.childNodes).toHaveLength(1);
      expect(p.textContent).toBe(TEST_BLOCKS.find((b) => b.id === p.id)?.text);
    }
  });

  it("maps a selection starting and ending inside highlights exactly as without them", () => {
    const { dom, view } = renderReader();
    const text = dom.querySelector("#p2")?.firstChild;
    if (!text) throw new Error("no text");
    // From inside the overlap of a1 and a2 to inside a3's first part.
    const from = view.posAtDOM(text, welcome + 12);
    const to = view.posAtDOM(text, p2.length - 2);
    expect(selectionToTarget(view.state.doc, from, to)).toEqual({
      target: { paragraphId: "p2", start: welcome + 12, end: p2.length - 2 },
      quote: { exact: p2.slice(welcome + 12, p2.length - 2), prefix: expect.any(String), suffix: "s." },
    });
  });

  it("emphasises the selected annotation", () => {
    renderReader({ selectedAnnotationId: "a3" });
    expect(painted("vb-selected")).toEqual(["basis.", "Commitments", "We will"]);
  });
});

describe("StatementReader tagging", () => {
  it("shows the toolbar for a selection and tags with its buttons", () => {
    const { view, onTag } = renderReader();
    select(view, positionIn(view.state.doc, "p3", 3), positionIn(view.state.doc, "p3", 18));
    const toolbar = screen.getByRole("toolbar", { name: "Tag selection" });
    expect([...toolbar.querySelectorAll("button")].map((b) => b.getAttribute("aria-label"))).toEqual([
      "Position",
      "Commitment",
      "Cross-reference",
    ]);
    fireEvent.click(screen.getByRole("button", { name: "Commitment" }));
    expect(onTag).toHaveBeenCalledWith(
      "commitment",
      { target: { paragraphId: "p3", start: 3, end: 18 }, quote: { exact: "will contribute", prefix: "We ", suffix: " USD 2 million." } },
      { words: [expect.objectContaining({ left: 0, bottom: 0 })], column: expect.objectContaining({ left: 0, right: 0 }) },
    );
  });

  it("tags with the keys 1, 2 and 3 while the text has focus", () => {
    const { view, onTag } = renderReader();
    select(view, positionIn(view.state.doc, "p1", 4), positionIn(view.state.doc, "p2", 2));
    fireEvent.keyDown(view.dom, { key: "3" });
    expect(onTag).toHaveBeenCalledWith(
      "cross-reference",
      {
        target: { paragraphId: "p1", start: 4, end: 2, endParagraphId: "p2" },
        quote: expect.objectContaining({ exact: "President,\nWe" }),
      },
      { words: [expect.objectContaining({ left: 0, bottom: 0 })], column: expect.objectContaining({ left: 0, right: 0 }) },
    );
  });

  it("does not tag without a selection, nor when the user may not tag", () => {
    const { view, onTag } = renderReader({ canTag: false });
    select(view, positionIn(view.state.doc, "p3", 3), positionIn(view.state.doc, "p3", 16));
    expect(screen.queryByRole("toolbar")).toBeNull();
    fireEvent.keyDown(view.dom, { key: "1" });
    expect(onTag).not.toHaveBeenCalled();
  });

  it("opens the highlight under the caret with Enter, the shortest first", () => {
    const { view, onSelectAnnotation } = renderReader();
    const at = positionIn(view.state.doc, "p2", welcome + 10);
    select(view, at, at);
    fireEvent.keyDown(view.dom, { key: "Enter" });
    expect(onSelectAnnotation).toHaveBeenCalledWith("a2");
    expect(screen.getByRole("tooltip").textContent).toContain("Cross-reference");
  });
});

describe("StatementReader deep links", () => {
  it("marks the paragraph the URL's hash names", () => {
    const { dom } = renderReader({}, "#p2");
    expect(dom.querySelector("[aria-current]")?.querySelector("p")?.id).toBe("p2");
  });
});
