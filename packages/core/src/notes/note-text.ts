/** The shape of a Tiptap (ProseMirror) JSON node, as far as plain-text extraction needs it. */
export interface RichNode {
  type: string;
  text?: string | undefined;
  content?: RichNode[] | undefined;
}

const BLOCKS = new Set(["paragraph", "listItem", "blockquote", "heading"]);

/** Plain text of a rich note: blocks on their own lines, list items prefixed with "- ". */
export function noteToPlainText(doc: RichNode): string {
  const lines: string[] = [];
  let line = "";
  const flush = () => {
    if (line.trim() !== "") lines.push(line.trim());
    line = "";
  };
  const walk = (node: RichNode, inList: boolean) => {
    if (node.type === "text") line += node.text ?? "";
    else if (node.type === "hardBreak") line += "\n";
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
