import type { Code } from "../queries/codebook-query.ts";

export interface CodeNode {
  code: Code;
  children: CodeNode[];
  /** 1 for a top-level code, as aria-level counts. */
  level: number;
}

const byName = (a: CodeNode, b: CodeNode) => a.code.name.localeCompare(b.code.name, undefined, { sensitivity: "base" });

/**
 * The codes as a forest, each level by name. A code whose parent is not in the list (another type, or gone) is
 * shown at the top rather than lost; a loop, which the API refuses to make, would be broken the same way.
 */
export function buildTree(codes: readonly Code[]): CodeNode[] {
  const ids = new Set(codes.map((c) => c.id));
  const childrenOf = new Map<string | null, Code[]>();
  for (const code of codes) {
    const parent = code.parentId !== null && ids.has(code.parentId) && code.parentId !== code.id ? code.parentId : null;
    childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), code]);
  }
  const placed = new Set<string>();
  const grow = (code: Code, level: number): CodeNode => {
    placed.add(code.id);
    const children = (childrenOf.get(code.id) ?? []).filter((c) => !placed.has(c.id)).map((c) => grow(c, level + 1));
    return { code, children: children.sort(byName), level };
  };
  const roots = (childrenOf.get(null) ?? []).map((c) => grow(c, 1));
  // Codes only reachable through a loop: top level.
  for (const code of codes) if (!placed.has(code.id)) roots.push(grow(code, 1));
  return roots.sort(byName);
}

/** Whether a code's name, definition or guidance contains the text, ignoring case. */
export function codeMatches(code: Code, text: string): boolean {
  const q = text.trim().toLocaleLowerCase();
  if (!q) return true;
  return [code.name, code.definition, code.guidance.use, code.guidance.avoid].some((t) => t?.toLocaleLowerCase().includes(q));
}

/** The trees cut to the codes matching the text and the codes above them, so each match keeps its place. */
export function filterTree(nodes: readonly CodeNode[], text: string): CodeNode[] {
  if (!text.trim()) return [...nodes];
  return nodes.flatMap((node) => {
    const children = filterTree(node.children, text);
    return codeMatches(node.code, text) || children.length > 0 ? [{ ...node, children }] : [];
  });
}

/** The rows a reader of the tree sees, in order: a node's children only while it is expanded. */
export function visibleNodes(nodes: readonly CodeNode[], expanded: ReadonlySet<string>): CodeNode[] {
  return nodes.flatMap((node) => [node, ...(expanded.has(node.code.id) ? visibleNodes(node.children, expanded) : [])]);
}

/** The IDs of every code below `id` (not a parent it may move under). */
export function descendantIds(codes: readonly Code[], id: string): Set<string> {
  const found = new Set<string>();
  const walk = (parent: string) => {
    for (const c of codes) {
      if (c.parentId === parent && !found.has(c.id)) {
        found.add(c.id);
        walk(c.id);
      }
    }
  };
  walk(id);
  return found;
}

/** The node and every node above it, for expanding the way to a code. */
export function pathTo(nodes: readonly CodeNode[], id: string): string[] {
  for (const node of nodes) {
    if (node.code.id === id) return [id];
    const below = pathTo(node.children, id);
    if (below.length > 0) return [node.code.id, ...below];
  }
  return [];
}
