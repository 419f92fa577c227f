import type { Statement } from "../queries/use-statement.ts";
import { TEST_BLOCKS } from "./test-statement.ts";

/** The test statement as the API returns it. */
export const TEST_STATEMENT: Statement = {
  id: "00000000-0000-4000-8000-000000000001",
  slug: "test",
  title: "Statement by Testland",
  speaker: "Ambassador Test",
  delegation: "Testland",
  onBehalfOf: null,
  forum: "CCPCJ 33rd session",
  meetingSymbol: null,
  date: "2024-05-13",
  language: "en",
  sourceUrl: "https://www.example.org/statement",
  revision: 1,
  version: 1,
  annotationCounts: { position: 0, commitment: 0, "cross-reference": 0 },
  createdAt: "2024-05-13T00:00:00.000Z",
  updatedAt: "2024-05-13T00:00:00.000Z",
  can: { annotate: true, edit: true, revise: true, delete: false },
  shownRevision: 1,
  paragraphs: TEST_BLOCKS,
  importReport: { dropped: [], metadata: {} },
};

interface PaintedRange {
  startContainer: Node;
  startOffset: number;
  endOffset: number;
}

/**
 * jsdom has no layout and no CSS Custom Highlight API: rectangles are zero, and the highlight registry is a
 * map the tests read back. Returns the registry.
 */
export function installFakeLayoutAndHighlights(): Map<string, { ranges: PaintedRange[] }> {
  const registry = new Map<string, { ranges: PaintedRange[] }>();
  class FakeHighlight {
    ranges: PaintedRange[];
    priority = 0;
    constructor(...ranges: PaintedRange[]) {
      this.ranges = ranges;
    }
  }
  Object.assign(globalThis, { Highlight: FakeHighlight, CSS: { highlights: registry } });
  const rect = () => new DOMRect(0, 0, 0, 0);
  const rects = () => Object.assign([], { item: () => null }) as unknown as DOMRectList;
  Range.prototype.getBoundingClientRect = rect;
  Range.prototype.getClientRects = rects;
  Element.prototype.getClientRects = rects;
  document.elementFromPoint = () => null;
  Element.prototype.scrollIntoView = () => undefined;
  return registry;
}

/** The text a painted range covers. */
export const paintedText = (r: PaintedRange): string => (r.startContainer.textContent ?? "").slice(r.startOffset, r.endOffset);
