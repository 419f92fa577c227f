/*
 * Highlights are painted with the CSS Custom Highlight API, not with ProseMirror inline decorations.
 *
 * Measured in Chromium 156 via Playwright on this shared 2-CPU machine (medians; the figures move with load):
 * - Editor alone (a page that builds the editor over a generated 20,000-word statement in 210 paragraphs with
 *   5,000 random annotations, from creating the editor to the first frame after painting, 7 loads each):
 *   no highlights 141 ms; Custom Highlight API 271 ms; inline decorations (nested <mark> elements, 16,466 of
 *   them) 708 ms, five times the plain text. Decorations alone would miss the 1.5x goal.
 * - Whole app, `npm run bench` (navigation to the frame after the `verbatim:highlights-painted` mark, 7 loads):
 *   309 ms without annotations, 585 ms with 5,000: 1.89x. The highlights' own share is small: with painting
 *   switched off the annotated load was only 25-60 ms faster (spans 8 ms, layers 17 ms, ranges 5 ms, and the
 *   browser's painting of them). The rest is the annotations request and parsing its 3.3 MB of JSON against
 *   the contract (zod alone about 75 ms).
 * - Tag round trip (Enter in the form to the highlight painted; saves are optimistic), `npm run bench`:
 *   median 18.8 ms, p95 39.0 ms over 50 tags.
 *
 * Decorations split each paragraph's text into elements ProseMirror has to build and diff; ranges leave the
 * DOM alone, so each `<p>` keeps its one text node, and new annotations repaint without touching the document.
 * Ranges are merged per layer (highlight-layers.ts), so the browser paints fewer ranges than there are
 * annotations. What ranges cannot do themselves (hover, click, focus) is done by hit-testing the spans
 * (highlight-hit.ts); keyboard users reach highlights with the caret: the card shows and is announced, and
 * Enter opens the annotation (reader-interactions.ts).
 */
import type { EditorView } from "@tiptap/pm/view";
import type { BlockIndex, TextRun } from "./block-index.ts";
import { BASE_LAYERS } from "./highlight-layers.ts";

/** Layers painted over the base ones, highest last; suggestions (suggestion mode only) lowest, under the hover. */
export const OVERLAY_LAYERS = ["vb-suggestion", "vb-suggestion-current", "vb-hover", "vb-selected", "vb-draft", "vb-flash"] as const;
export type OverlayLayer = (typeof OVERLAY_LAYERS)[number];

export const highlightsSupported = (): boolean => typeof CSS !== "undefined" && "highlights" in CSS && typeof Highlight === "function";

export interface HighlightPainter {
  paintBase(runs: ReadonlyMap<string, readonly TextRun[]>): void;
  paintOverlay(layer: OverlayLayer, runs: readonly TextRun[]): void;
  /** Rebuilds the text-node map if ProseMirror redrew a paragraph, and repaints; cheap when nothing moved. */
  checkNodes(): void;
  destroy(): void;
}

/** Each block's single text node: the paragraph's `<p>` or the heading element holds exactly one. */
function textNodes(view: EditorView, index: BlockIndex): (Text | null)[] {
  const children = view.dom.children;
  return index.blocks.map((block, i) => {
    const element = children[i];
    const container = element?.classList.contains("reader-block") ? element.lastElementChild : element;
    const text = container?.firstChild;
    return text instanceof Text && text.data === block.text ? text : null;
  });
}

export function createHighlightPainter(view: EditorView, index: BlockIndex): HighlightPainter {
  if (!highlightsSupported()) return { paintBase() {}, paintOverlay() {}, checkNodes() {}, destroy() {} };
  let nodes = textNodes(view, index);
  const painted = new Map<string, readonly TextRun[]>();

  const set = (name: string, runs: readonly TextRun[], priority: number) => {
    painted.set(name, runs);
    const ranges: StaticRange[] = [];
    for (const run of runs) {
      const node = nodes[run.block];
      if (node) ranges.push(new StaticRange({ startContainer: node, startOffset: run.start, endContainer: node, endOffset: run.end }));
    }
    const highlight = new Highlight(...ranges);
    highlight.priority = priority;
    CSS.highlights.set(name, highlight);
  };
  const priorityOf = (name: string): number => {
    const overlay = OVERLAY_LAYERS.indexOf(name as OverlayLayer);
    if (overlay >= 0) return 10 + overlay;
    // Status marks above the overlap tint, so a strike-through or wavy line is never painted under a fill.
    return name.startsWith("vb-status") ? 6 : name.startsWith("vb-overlap") ? 5 : 1;
  };

  return {
    paintBase(runs) {
      for (const name of BASE_LAYERS) set(name, runs.get(name) ?? [], priorityOf(name));
    },
    paintOverlay(layer, runs) {
      set(layer, runs, priorityOf(layer));
    },
    checkNodes() {
      if (nodes.every((node) => node === null || node.isConnected)) return;
      nodes = textNodes(view, index);
      for (const [name, runs] of painted) set(name, runs, priorityOf(name));
    },
    destroy() {
      for (const name of painted.keys()) CSS.highlights.delete(name);
      painted.clear();
    },
  };
}
