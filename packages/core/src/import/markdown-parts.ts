import type { Nodes, RootContent } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { frontmatterFromMarkdown } from "mdast-util-frontmatter";
import { frontmatter } from "micromark-extension-frontmatter";
import { MAX_MARKDOWN_PART_WORK, MAX_SHARED_DEFINITION_CHARS } from "./import-limits.ts";
import { cutMarkdown } from "./markdown-cut.ts";
import { type OpenLeaf, unclosedLeafAtEnd } from "./markdown-leaf.ts";

export interface MarkdownPart {
  /** The text parsed, into which the nodes' positions point. */
  source: string;
  /** Parsed with emphasis and links switched off. */
  heavy?: boolean;
  /** Its top-level nodes, or null when it is read as plain text: too convoluted to parse in time. */
  nodes: RootContent[] | null;
}

/** Emphasis and links off: their marks stay as text (see MAX_INLINE_MARKS). */
const NO_EMPHASIS_OR_LINKS = { disable: { null: ["attention", "labelStartImage", "labelStartLink", "labelEnd"] } };

interface ParseOptions {
  /** The text may open with front matter: only the first part; a later "---" line is a rule. */
  frontMatter: boolean;
  heavy: boolean;
}

function parseMarkdown(source: string, { frontMatter, heavy }: ParseOptions): RootContent[] {
  const extensions = [...(frontMatter ? [frontmatter(["yaml"])] : []), ...(heavy ? [NO_EMPHASIS_OR_LINKS] : [])];
  const mdastExtensions = frontMatter ? [frontmatterFromMarkdown(["yaml"])] : [];
  return fromMarkdown(source, { extensions, mdastExtensions }).children;
}

/**
 * Parses Markdown lines part by part (see cutMarkdown). A part that turns out to
 * end inside fenced code or an HTML block that a blank line does not close (one
 * indented 1–3 columns, which the cutting cannot see) is cut before that block
 * instead, and the next part starts with it. `frontMatter`: the lines may open with front matter.
 */
export function parseMarkdownParts(lines: readonly string[], heavyLines: readonly boolean[], frontMatter: boolean): MarkdownPart[] {
  const text = lines.join("\n");
  const offsets: number[] = [];
  let offset = 0;
  for (const line of lines) {
    offsets.push(offset);
    offset += line.length + 1;
  }
  const slice = (from: number, to: number): string => text.slice(offsets[from], offsets[to] ?? text.length);
  const parts: MarkdownPart[] = [];
  let from = 0;
  let leaf: OpenLeaf | null = null;
  let retried = false;
  while (from < lines.length) {
    const cut = cutMarkdown(lines, heavyLines, from, leaf);
    const source = slice(from, cut.end);
    leaf = null;
    if (cut.work > MAX_MARKDOWN_PART_WORK) {
      parts.push({ source, nodes: null });
      from = cut.end;
      continue;
    }
    const nodes = parseMarkdown(source, { frontMatter: frontMatter && from === 0, heavy: cut.heavy });
    const cutAtBlank = /^[ \t]*$/u.test(lines[cut.end - 1] ?? "");
    const open = cut.end < lines.length ? unclosedLeafAtEnd(nodes, source, cutAtBlank) : null;
    if (open !== null && (open.line > 0 || !retried)) {
      if (open.line > 0) parts.push({ source: slice(from, from + open.line), nodes: nodes.slice(0, -1), heavy: cut.heavy });
      from += open.line;
      leaf = open.leaf;
      // A block that opens a part and still does not close is taken as parsed, rather than cut again.
      retried = open.line === 0;
      continue;
    }
    parts.push({ source, nodes, heavy: cut.heavy });
    from = cut.end;
    retried = false;
  }
  shareDefinitions(parts);
  return parts;
}

/** The reference definitions anywhere in the nodes, by identifier, in document order. */
function definitionsIn(nodes: readonly RootContent[], into: Map<string, string>): void {
  const stack: Nodes[] = [...nodes].reverse();
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (node.type === "definition" && !into.has(node.identifier)) into.set(node.identifier, node.label ?? node.identifier);
    if ("children" in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as Nodes);
  }
}

/**
 * A reference link resolves against definitions anywhere in the document, so each
 * part that may hold a reference is parsed again with every definition before it
 * (the URL does not matter: only the link text is kept). A part starts after a
 * blank line or at a block that interrupts anything, so what precedes it changes
 * nothing in it. Past MAX_SHARED_DEFINITION_CHARS references to other parts stay
 * as bracketed text; so do they in a part opening with front matter, which must stay first.
 */
function shareDefinitions(parts: MarkdownPart[]): void {
  if (parts.length < 2) return;
  const labels = new Map<string, string>();
  for (const part of parts) definitionsIn(part.nodes ?? [], labels);
  if (labels.size === 0) return;
  const block = [...labels.values()].map((label) => `[${label}]: #`).join("\n");
  const takes = (part: MarkdownPart): boolean =>
    part.nodes !== null && !part.heavy && part.source.includes("[") && part.nodes[0]?.type !== "yaml";
  if (parts.filter(takes).length * block.length > MAX_SHARED_DEFINITION_CHARS) return;
  for (const part of parts) {
    if (!takes(part)) continue;
    part.source = `${block}\n\n${part.source}`;
    part.nodes = parseMarkdown(part.source, { frontMatter: false, heavy: false });
  }
}
