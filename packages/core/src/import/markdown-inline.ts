import type { Nodes } from "mdast";

/**
 * The plain text of Markdown inline content: emphasis, links and code lose their
 * markup, hard and soft line breaks become "\n" (folded to a space later), and
 * inline HTML tags are dropped except <br>.
 */
export function inlineText(node: Nodes): string {
  switch (node.type) {
    case "text":
    case "inlineCode":
      return node.value;
    case "break":
      return "\n";
    case "image":
    case "imageReference":
      return node.alt ?? "";
    case "html":
      return /^<br\s*\/?>$/iu.test(node.value.trim()) ? "\n" : "";
    default:
      return "children" in node ? node.children.map((child: Nodes) => inlineText(child)).join("") : "";
  }
}
