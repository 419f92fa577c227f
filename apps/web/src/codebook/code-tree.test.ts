import { describe, expect, it } from "vitest";
import { buildTree, descendantIds, filterTree, pathTo, visibleNodes } from "./code-tree.ts";
import { makeCode } from "./test-codes.ts";

const crime = makeCode({ name: "crime" });
const cyber = makeCode({ name: "cybercrime", parentId: crime.id, definition: "Offences committed online" });
const ransom = makeCode({ name: "Ransomware", parentId: cyber.id });
const arms = makeCode({ name: "arms" });
const lost = makeCode({ name: "lost parent", parentId: "00000000-0000-4000-8000-999999999999" });
const codes = [ransom, cyber, crime, lost, arms];

describe("the codebook tree", () => {
  it("nests children under parents, by name at each level, with their levels", () => {
    const tree = buildTree(codes);
    expect(tree.map((n) => n.code.name)).toEqual(["arms", "crime", "lost parent"]);
    const crimeNode = tree[1]!;
    expect(crimeNode.children.map((n) => [n.code.name, n.level])).toEqual([["cybercrime", 2]]);
    expect(crimeNode.children[0]!.children.map((n) => [n.code.name, n.level])).toEqual([["Ransomware", 3]]);
  });

  it("keeps a code whose parent is missing, or in a loop, at the top", () => {
    const a = makeCode({ name: "a" });
    const b = makeCode({ name: "b", parentId: a.id });
    const looped = buildTree([{ ...a, parentId: b.id }, b]);
    expect(looped.map((n) => n.code.name)).toEqual(["a"]);
    expect(looped[0]!.children.map((n) => n.code.name)).toEqual(["b"]);
  });

  it("filters by name or definition and keeps the codes above a match", () => {
    const tree = filterTree(buildTree(codes), "ONLINE");
    expect(tree.map((n) => n.code.name)).toEqual(["crime"]);
    expect(tree[0]!.children.map((n) => n.code.name)).toEqual(["cybercrime"]);
    expect(tree[0]!.children[0]!.children).toEqual([]);
  });

  it("lists visible rows only under expanded codes", () => {
    const tree = buildTree(codes);
    expect(visibleNodes(tree, new Set()).map((n) => n.code.name)).toEqual(["arms", "crime", "lost parent"]);
    expect(visibleNodes(tree, new Set([crime.id])).map((n) => n.code.name)).toEqual(["arms", "crime", "cybercrime", "lost parent"]);
  });

  it("finds descendants and the path to a code", () => {
    expect(descendantIds(codes, crime.id)).toEqual(new Set([cyber.id, ransom.id]));
    expect(pathTo(buildTree(codes), ransom.id)).toEqual([crime.id, cyber.id, ransom.id]);
  });
});
