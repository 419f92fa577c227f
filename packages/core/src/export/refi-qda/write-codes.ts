import type { CodeNode } from "./code-tree.ts";
import { xmlAttr, xmlText } from "./xml-text.ts";

/** Indentation stops growing here, so that a deep hierarchy does not make the file quadratic in its depth. */
const MAX_INDENT = 24;
const pad = (depth: number) => "  ".repeat(Math.min(depth, MAX_INDENT));

/**
 * `<Code>` elements for the nodes and their children, each line indented from `depth`. Both schemas put a code's
 * Description before its child codes. Written with a stack of its own rather than recursion.
 */
export function writeCodes(nodes: readonly CodeNode[], depth: number): string[] {
  const lines: string[] = [];
  type Step = { node: CodeNode; depth: number } | { close: number };
  const stack: Step[] = [...nodes].reverse().map((node) => ({ node, depth }));
  while (stack.length) {
    const step = stack.pop()!;
    if ("close" in step) {
      lines.push(`${pad(step.close)}</Code>`);
      continue;
    }
    const { node, depth: d } = step;
    const colour = node.colour ? ` color="${xmlAttr(node.colour)}"` : "";
    const open = `${pad(d)}<Code guid="${node.guid}" name="${xmlAttr(node.name)}" isCodable="${node.isCodable}"${colour}`;
    if (!node.description && node.children.length === 0) {
      lines.push(`${open}/>`);
      continue;
    }
    lines.push(`${open}>`);
    if (node.description) lines.push(`${pad(d + 1)}<Description>${xmlText(node.description)}</Description>`);
    stack.push({ close: d });
    for (const child of [...node.children].reverse()) stack.push({ node: child, depth: d + 1 });
  }
  return lines;
}
