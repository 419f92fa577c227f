import { describeCode } from "./code-description.ts";
import { derivedGuid, guidOf } from "./guid.ts";
import type { CodebookCode, CodeType } from "./types.ts";

/** A code as both REFI-QDA files write it (the codebook's and the project's Code elements have the same shape). */
export interface CodeNode {
  guid: string;
  name: string;
  isCodable: boolean;
  colour: string | null;
  description: string | null;
  children: CodeNode[];
}

/**
 * The top-level codes that hold the workspace's codes, one per type, so a code's type travels through a QDA tool
 * and back (`readQdc` maps them back). Their GUIDs are derived, the same in every export.
 */
export const GROUPS: Record<CodeType, { guid: string; name: string; description: string }> = {
  topic: { guid: derivedGuid("group:topics"), name: "Topics", description: "Verbatim's topics: what a passage is about." },
  label: { guid: derivedGuid("group:labels"), name: "Labels", description: "Verbatim's labels: the team's own tags." },
};

const COLOUR = /^#[0-9a-fA-F]{6}$/;
export const validColour = (c: string | null | undefined): string | null => (c && COLOUR.test(c) ? c.toLowerCase() : null);

/** A deterministic order that does not depend on the machine's locale: by name, case folded, then as written, then ID. */
export function byName<T extends { name: string; id: string }>(a: T, b: T): number {
  const [x, y] = [a.name.toLowerCase(), b.name.toLowerCase()];
  if (x !== y) return x < y ? -1 : 1;
  if (a.name !== b.name) return a.name < b.name ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

const nodeOf = (code: CodebookCode): CodeNode => ({
  guid: guidOf("code", code.id),
  name: code.name,
  isCodable: true,
  colour: validColour(code.colour),
  description: describeCode(code),
  children: [],
});

/**
 * The codes of one type as a tree under their group, children sorted by name. A parent that is missing, of the
 * other type or part of a cycle is ignored: the code then sits at the group's top level, so every code is written
 * once whatever the stored hierarchy holds. Iterative, so a deep hierarchy cannot exhaust the stack.
 */
export function codeTree(codes: readonly CodebookCode[], type: CodeType): CodeNode {
  const group = GROUPS[type];
  const root: CodeNode = {
    guid: group.guid,
    name: group.name,
    isCodable: false,
    colour: null,
    description: group.description,
    children: [],
  };
  const byId = new Map<string, CodebookCode>();
  for (const c of codes) if (c.type === type && !byId.has(c.id)) byId.set(c.id, c);
  const sorted = [...byId.values()].sort(byName);
  const children = new Map<string | null, CodebookCode[]>();
  for (const c of sorted) {
    const parent = c.parentId !== null && c.parentId !== c.id && byId.has(c.parentId) ? c.parentId : null;
    const siblings = children.get(parent);
    if (siblings) siblings.push(c);
    else children.set(parent, [c]);
  }
  const placed = new Set<string>();
  const attach = (top: CodebookCode) => {
    const stack: [CodebookCode, CodeNode][] = [[top, root]];
    while (stack.length) {
      const [code, parent] = stack.pop()!;
      if (placed.has(code.id)) continue;
      placed.add(code.id);
      const node = nodeOf(code);
      parent.children.push(node);
      for (const child of [...(children.get(code.id) ?? [])].reverse()) stack.push([child, node]);
    }
  };
  for (const top of children.get(null) ?? []) attach(top);
  // What is left sits in a cycle of parents: each such code, in name order, starts a branch of its own.
  for (const code of sorted) if (!placed.has(code.id)) attach(code);
  root.children.sort((a, b) => byName({ name: a.name, id: a.guid }, { name: b.name, id: b.guid }));
  return root;
}
