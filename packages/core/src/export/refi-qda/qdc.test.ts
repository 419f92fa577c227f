import type { Element } from "domhandler";
import { describe, expect, it } from "vitest";
import { GROUPS } from "./code-tree.ts";
import { derivedGuid, isGuid } from "./guid.ts";
import { CODEBOOK_NS, codebookToQdc } from "./qdc.ts";
import { codes, ID } from "./test-support/sample.ts";
import { xmlTree } from "./test-support/xml-tree.ts";
import type { CodebookCode } from "./types.ts";

const code = (id: string, name: string, parentId: string | null, type: CodebookCode["type"] = "topic"): CodebookCode => ({
  id,
  type,
  name,
  parentId,
  definition: null,
  colour: null,
  status: "active",
});

describe("the codebook as a REFI-QDA .qdc", () => {
  const xml = codebookToQdc(codes);
  const tree = xmlTree(xml);
  const byGuid = new Map(tree.all("Code").map((c) => [c.attribs.guid, c]));

  it("is a CodeBook in the codebook namespace holding Topics and Labels, which are not codable", () => {
    expect(xml.startsWith(`<?xml version="1.0" encoding="utf-8"?>\n<CodeBook xmlns="${CODEBOOK_NS}"`)).toBe(true);
    expect(tree.root.name).toBe("CodeBook");
    const top = tree.children(tree.children(tree.root, "Codes")[0]!, "Code");
    expect(top.map((c) => [c.attribs.name, c.attribs.isCodable, c.attribs.guid])).toEqual([
      ["Topics", "false", GROUPS.topic.guid],
      ["Labels", "false", GROUPS.label.guid],
    ]);
  });

  it("writes every code once, with its UUID as GUID, under its parent, codable", () => {
    const all = tree.all("Code");
    expect(all).toHaveLength(codes.length + 2);
    expect(new Set(all.map((c) => c.attribs.guid)).size).toBe(all.length);
    expect(all.every((c) => isGuid(c.attribs.guid ?? ""))).toBe(true);
    expect(byGuid.get(ID.ransomware)?.parent).toBe(byGuid.get(ID.cybercrime));
    expect(byGuid.get(ID.followUp)?.parent).toBe(byGuid.get(ID.keyQuote));
    expect(byGuid.get(ID.cybercrime)?.parent).toBe(byGuid.get(GROUPS.topic.guid));
    expect(byGuid.get(ID.odd)?.parent).toBe(byGuid.get(GROUPS.label.guid));
    expect(codes.every((c) => byGuid.get(c.id)?.attribs.isCodable === "true")).toBe(true);
  });

  it("keeps colours that are colours, the definition and guidance as the description, and deprecated codes marked", () => {
    expect(byGuid.get(ID.cybercrime)?.attribs.color).toBe("#aa3377");
    expect(byGuid.get(ID.odd)?.attribs.color).toBeUndefined();
    expect(byGuid.get(ID.odd)?.attribs.name).toBe(`Q&A <"draft"> 'v2'`);
    const description = (id: string) => tree.text(tree.children(byGuid.get(id)!, "Description")[0]!);
    expect(description(ID.cybercrime)).toBe(
      "Crime committed with or against computer systems.\n\nUse when: ICT-enabled crime, the draft convention\n\nAvoid when: cyber security in general",
    );
    expect(description(ID.corruption)).toBe("[deprecated] Abuse of entrusted power.");
    expect(description(ID.odd)).toBe("Bell and tab\tand\r\nCRLF");
    expect(tree.children(byGuid.get(ID.ransomware)!, "Description")).toEqual([]);
  });

  it("is the same bytes whatever order the codes come in", () => {
    expect(codebookToQdc([...codes].reverse())).toBe(xml);
  });

  it("writes a code whose parent is missing, of the other type or in a cycle at its group's top level, once", () => {
    const odd = [
      code("a", "a", "b"),
      code("b", "b", "a"),
      code("c", "c", "gone"),
      code("d", "d", "l", "topic"),
      code("l", "l", null, "label"),
      code("s", "self", "s"),
      code("e", "e", "a"),
    ];
    const t = xmlTree(codebookToQdc(odd));
    const names = (el: ReturnType<typeof t.all>[number]) => t.children(el, "Code").map((c) => c.attribs.name);
    const [topics, labels] = t.children(t.children(t.root, "Codes")[0]!, "Code");
    expect(names(topics!)).toEqual(["a", "c", "d", "self"]);
    expect(t.all("Code").filter((c) => c.attribs.name === "b")[0]?.parent).toBe(t.children(topics!, "Code")[0]);
    expect((t.all("Code").filter((c) => c.attribs.name === "e")[0]?.parent as Element).attribs.name).toBe("a");
    expect(names(labels!)).toEqual(["l"]);
    expect(t.all("Code")).toHaveLength(9);
  });

  it("writes a hierarchy 5,000 codes deep without recursion", () => {
    const chain = Array.from({ length: 5000 }, (_, i) => code(`c${i}`, `level ${i}`, i === 0 ? null : `c${i - 1}`));
    const xml = codebookToQdc(chain);
    expect(xml.match(/<Code /g)).toHaveLength(5002);
    // Nested, not flattened: 5,000 codes open before the first closes, and the innermost is the last one.
    const lines = xml.split("\n");
    expect(lines.findIndex((l) => l.trim() === "</Code>")).toBe(
      lines.findIndex((l) => l.includes(`guid="${derivedGuid("code:c4999")}"`)) + 1,
    );
    expect(xml.length).toBeLessThan(2_000_000); // indented in full it would be over 50 MB
  });

  it("has both groups for an empty codebook", () => {
    expect(
      xmlTree(codebookToQdc([]))
        .all("Code")
        .map((c) => c.attribs.name),
    ).toEqual(["Topics", "Labels"]);
  });
});
