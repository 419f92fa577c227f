import { Node } from "@tiptap/core";
import { HEADING_NODE, PARAGRAPH_NODE } from "./statement-doc.ts";
import { paragraphView, type ParagraphViewOptions } from "./paragraph-view.ts";

/** The reader's schema has exactly the canonical blocks: a document of headings and paragraphs of plain text. */
export const CanonicalDoc = Node.create({
  name: "doc",
  topNode: true,
  content: `(${HEADING_NODE} | ${PARAGRAPH_NODE})*`,
});

export const CanonicalText = Node.create({ name: "text", group: "inline" });

const idAttribute = { id: { default: "", rendered: false } };

export const CanonicalHeading = Node.create({
  name: HEADING_NODE,
  content: "text*",
  marks: "",
  defining: true,
  addAttributes() {
    return { ...idAttribute, level: { default: 2, rendered: false } };
  },
  parseHTML() {
    return [2, 3, 4, 5, 6].map((level) => ({ tag: `h${level}[id]`, attrs: { level } }));
  },
  renderHTML({ node }) {
    const level = Math.min(6, Math.max(2, Number(node.attrs.level) || 2));
    return [`h${level}`, { id: String(node.attrs.id), class: "reader-heading" }, 0];
  },
});

export const CanonicalParagraph = Node.create<ParagraphViewOptions>({
  name: PARAGRAPH_NODE,
  content: "text*",
  marks: "",
  defining: true,
  addOptions() {
    return { slug: "", onCopyReference: () => Promise.resolve(false) };
  },
  addAttributes() {
    return { ...idAttribute, number: { default: null, rendered: false } };
  },
  parseHTML() {
    return [{ tag: "p[data-paragraph-id]", getAttrs: (el) => ({ id: el.getAttribute("data-paragraph-id") ?? "" }) }];
  },
  // Used when the document is serialised (copying to the clipboard); the page itself uses the node view.
  renderHTML({ node }) {
    const id = String(node.attrs.id);
    return ["p", { id, "data-paragraph-id": id }, 0];
  },
  addNodeView() {
    return ({ node }) => paragraphView(node, this.options);
  },
});

export const canonicalNodes = (options: ParagraphViewOptions) => [
  CanonicalDoc,
  CanonicalText,
  CanonicalHeading,
  CanonicalParagraph.configure(options),
];
