import type { Nodes } from "mdast";

/**
 * The plain text of Markdown inline content: emphasis, links and code lose their
 * markup, hard and soft line breaks become "\n" (folded to a space later), and
 * inline HTML tags are dropped except <br>. Walked with a stack, not recursion:
 * emphasis can nest as deep as the text is long.
 */
export function inlineText(node: Nodes): string {
  const parts: string[] = [];
  const stack: Nodes[] = [node];
  for (let current = stack.pop(); current !== undefined; current = stack.pop()) {
    switch (current.type) {
      case "text":
      case "inlineCode":
        parts.push(current.value);
        break;
      case "break":
        parts.push("\n");
        break;
      case "image":
      case "imageReference":
        parts.push(current.alt ?? "");
        break;
      case "html":
        if (/^<br\s*\/?>$/iu.test(current.value.trim())) parts.push("\n");
        break;
      default:
        if ("children" in current) for (let i = current.children.length - 1; i >= 0; i--) stack.push(current.children[i] as Nodes);
    }
  }
  return parts.join("");
}
