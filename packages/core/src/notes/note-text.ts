/** The shape of a Tiptap (ProseMirror) JSON node, as far as plain-text extraction needs it. */
export interface RichNode {
  type: string;
  text?: string | undefined;
  attrs?: Record<string, unknown> | null | undefined;
  content?: RichNode[] | undefined;
}

/** The text of an inline node that is neither text nor a line break (a comment's mention), if it has any. */
export type AtomText = (node: RichNode) => string | undefined;

const BLOCKS = new Set(["paragraph", "listItem", "blockquote", "heading"]);

/**
 * Plain text of a rich text (a note, a comment): blocks on their own lines, list items prefixed with "- ".
 * `atomText` gives the text of other inline nodes, such as a mention's "@Name".
 */
export function noteToPlainText(doc: RichNode, atomText: AtomText = () => undefined): string {
  const lines: string[] = [];
  let line = "";
  const flush = () => {
    if (line.trim() !== "") lines.push(line.trim());
    line = "";
  };
  const walk = (node: RichNode, inList: boolean) => {
    if (node.type === "text") line += node.text ?? "";
    else if (node.type === "hardBreak") line += "\n";
    else line += atomText(node) ?? "";
    if (node.type === "listItem") {
      flush();
      line = "- ";
    }
    for (const child of node.content ?? []) walk(child, inList || node.type.endsWith("List"));
    if (BLOCKS.has(node.type)) flush();
  };
  walk(doc, false);
  flush();
  return lines.filter((l) => l !== "-").join("\n");
}
