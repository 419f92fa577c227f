import type { Node as PmNode } from "@tiptap/pm/model";
import type { NodeView, ViewMutationRecord } from "@tiptap/pm/view";

export interface ParagraphViewOptions {
  /** The statement's slug, for the paragraph's full reference (`slug#p7`). */
  slug: string;
  /** Called when the reader clicks a paragraph's margin number; copies the reference and says whether it could. */
  onCopyReference: (paragraphId: string, number: number | null) => Promise<boolean>;
}

const COPIED_MS = 1600;

/** The visible confirmation beside a margin number (the announcement for screen readers is the page's). */
export function showCopied(link: HTMLElement, copied: boolean): void {
  link.dataset.copied = copied ? "yes" : "no";
  window.setTimeout(() => delete link.dataset.copied, COPIED_MS);
}

function marginLink(node: PmNode, options: ParagraphViewOptions): HTMLAnchorElement {
  const id = String(node.attrs.id);
  const number = typeof node.attrs.number === "number" ? node.attrs.number : null;
  const reference = `${options.slug}#${id}`;
  const link = document.createElement("a");
  link.className = "paragraph-ref";
  link.href = `#${id}`;
  link.textContent = number === null ? "¶" : String(number);
  link.title = `Copy the reference ${reference}`;
  link.setAttribute("aria-label", `Paragraph ${number ?? id}: copy the reference ${reference}`);
  // Out of the Tab order: hundreds of stops between the text and the panel would bury the panel. Keyboard
  // users press C in the text instead (reader-interactions.ts); screen readers still list the links.
  link.tabIndex = -1;
  link.addEventListener("click", () => {
    // The link still goes to #p7 (the page marks the paragraph); the click copies the reference as well.
    void options.onCopyReference(id, number).then((copied) => showCopied(link, copied));
  });
  return link;
}

/**
 * A paragraph: its margin number beside a `<p>` that holds the canonical text and nothing else, so the
 * element's textContent is the text the offsets count in. The `<p>` carries the canonical ID as its element
 * id (for `#p7`) and as `data-paragraph-id`, which appears nowhere else.
 */
export function paragraphView(node: PmNode, options: ParagraphViewOptions): NodeView {
  const id = String(node.attrs.id);
  const dom = document.createElement("div");
  dom.className = "reader-block";
  const margin = document.createElement("span");
  margin.className = "reader-margin";
  margin.contentEditable = "false";
  margin.append(marginLink(node, options));
  const contentDOM = document.createElement("p");
  contentDOM.id = id;
  contentDOM.dataset.paragraphId = id;
  dom.append(margin, contentDOM);

  return {
    dom,
    contentDOM,
    // The document never changes, so a paragraph is only redrawn if its node is swapped for an identical one.
    update: (next) => next.type === node.type && next.attrs.id === node.attrs.id && next.attrs.number === node.attrs.number,
    // The margin is ours: ProseMirror must neither read its changes nor handle its clicks.
    ignoreMutation: (mutation: ViewMutationRecord) => mutation.type !== "selection" && margin.contains(mutation.target),
    stopEvent: (event) => event.target instanceof globalThis.Node && margin.contains(event.target),
  };
}
