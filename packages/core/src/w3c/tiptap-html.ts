import { asArray, isRecord } from "./json.ts";

/* Renders a note's Tiptap document as HTML for the W3C export; every text and attribute is escaped. */
const escapeHtml = (s: string): string =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");

const BLOCK_TAGS: Record<string, string> = {
  paragraph: "p",
  bulletList: "ul",
  orderedList: "ol",
  listItem: "li",
  blockquote: "blockquote",
};
const MARK_TAGS: Record<string, string> = { bold: "strong", italic: "em", code: "code", strike: "s" };
const SAFE_HREF = /^(https?:|mailto:)/i;

function renderMarks(text: string, marks: unknown): string {
  return asArray(marks)
    .filter(isRecord)
    .reduce<string>((html, mark) => {
      if (mark.type === "link") {
        const href = isRecord(mark.attrs) ? mark.attrs.href : undefined;
        return typeof href === "string" && SAFE_HREF.test(href) ? `<a href="${escapeHtml(href)}">${html}</a>` : html;
      }
      const tag = typeof mark.type === "string" ? MARK_TAGS[mark.type] : undefined;
      return tag ? `<${tag}>${html}</${tag}>` : html;
    }, text);
}

function renderNode(node: Record<string, unknown>): string {
  if (node.type === "text") return typeof node.text === "string" ? renderMarks(escapeHtml(node.text), node.marks) : "";
  if (node.type === "hardBreak") return "<br>";
  const inner = asArray(node.content).filter(isRecord).map(renderNode).join("");
  const tag = typeof node.type === "string" ? BLOCK_TAGS[node.type] : undefined;
  return tag ? `<${tag}>${inner}</${tag}>` : inner;
}

/** HTML for a Tiptap document, or null when `doc` is not one. Unknown nodes keep their content, unknown marks are dropped. */
export function tiptapToHtml(doc: unknown): string | null {
  if (!isRecord(doc) || doc.type !== "doc") return null;
  return renderNode(doc);
}
