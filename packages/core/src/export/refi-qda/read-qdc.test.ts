import { describe, expect, it } from "vitest";
import { GROUPS } from "./code-tree.ts";
import { derivedGuid } from "./guid.ts";
import { projectToQde } from "./project-qde.ts";
import { codebookToQdc } from "./qdc.ts";
import { type ImportedCode, MAX_QDC_CHARS, MAX_QDC_CODES, MAX_QDC_DEPTH, readQdc } from "./read-qdc.ts";
import { codes, ID, project } from "./test-support/sample.ts";

function read(xml: string): ImportedCode[] {
  const result = readQdc(xml);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}
const errorOf = (xml: string) => {
  const result = readQdc(xml);
  return result.ok ? null : result.error.code;
};

describe("reading a REFI-QDA codebook", () => {
  it("gives back the codes Verbatim wrote: GUID, name, parent, type, colour, definition, guidance, status", () => {
    const back = read(codebookToQdc(codes));
    const expected = codes.map((c) => ({
      guid: c.id,
      name: c.name,
      parentGuid: c.parentId,
      type: c.type,
      colour: c.colour && /^#[0-9a-f]{6}$/i.test(c.colour) ? c.colour.toLowerCase() : null,
      definition: c.definition?.replaceAll("\u0007", "") ?? null,
      guidance: c.guidance ?? {},
      deprecated: c.status === "deprecated",
    }));
    expect(back.map(({ description: _description, ...rest }) => rest)).toEqual(
      expect.arrayContaining(expected.map((e) => expect.objectContaining(e))),
    );
    expect(back).toHaveLength(codes.length);
    // Parents come before their children, so an importer can create them in order.
    const seen = new Set<string | null>([null]);
    for (const c of back) {
      expect(seen.has(c.parentGuid)).toBe(true);
      seen.add(c.guid);
    }
  });

  it("reads the workspace codes from a project's codebook, passing over the kind codes", () => {
    const back = read(projectToQde(project).qde);
    expect(back.map((c) => c.name).sort()).toEqual([...codes.map((c) => c.name), "since deleted"].sort());
    expect(back.find((c) => c.guid === ID.deletedLabel)).toMatchObject({ type: "label", parentGuid: null });
  });

  it("reads another tool's codebook: a namespace prefix, braced upper-case GUIDs, short colours, nesting, CDATA", () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<qda:CodeBook xmlns:qda="urn:QDA-XML:codebook:1.0" origin="MAXQDA 2022">
  <qda:Codes>
    <qda:Code guid="{A1B2C3D4-0000-4000-8000-00000000000A}" name="Crime" isCodable="true" color="#F0A">
      <qda:Description><![CDATA[All <crime> & more]]></qda:Description>
      <qda:Code guid="a1b2c3d4-0000-4000-8000-00000000000b" name=" Drugs " isCodable="true"/>
    </qda:Code>
    <qda:Code guid="a1b2c3d4-0000-4000-8000-00000000000c" name="Actors" isCodable="false"/>
  </qda:Codes>
  <qda:Sets><qda:Set guid="a1b2c3d4-0000-4000-8000-00000000000d" name="A set"><qda:MemberCode guid="a1b2c3d4-0000-4000-8000-00000000000a"/></qda:Set></qda:Sets>
</qda:CodeBook>`;
    expect(read(xml)).toEqual([
      {
        guid: "a1b2c3d4-0000-4000-8000-00000000000a",
        name: "Crime",
        parentGuid: null,
        description: "All <crime> & more",
        definition: "All <crime> & more",
        guidance: {},
        deprecated: false,
        colour: "#ff00aa",
        type: "label",
      },
      expect.objectContaining({
        guid: "a1b2c3d4-0000-4000-8000-00000000000b",
        name: "Drugs",
        parentGuid: "a1b2c3d4-0000-4000-8000-00000000000a",
        colour: null,
        type: "label",
      }),
      expect.objectContaining({ guid: "a1b2c3d4-0000-4000-8000-00000000000c", name: "Actors", parentGuid: null, type: "label" }),
    ]);
  });

  it("maps groupings named Topics and Labels to the type, without a namespace, and decodes entities", () => {
    const xml = `<CodeBook><Codes>
      <Code guid="11111111-1111-4111-8111-111111111111" name="topics" isCodable="false">
        <Code guid="22222222-2222-4222-8222-222222222222" name="Fish &amp; chips &#x1F41F;" isCodable="true" color="not a colour"/>
      </Code>
      <Code guid="${GROUPS.label.guid}" name="Tags" isCodable="false"><Code guid="33333333-3333-4333-8333-333333333333" name="x" isCodable="true"/></Code>
    </Codes></CodeBook>`;
    expect(read(xml).map((c) => [c.name, c.type, c.parentGuid, c.colour])).toEqual([
      ["Fish & chips 🐟", "topic", null, null],
      ["x", "label", null, null],
    ]);
  });

  it("derives a GUID for a code without one, and a new one for a repeated GUID", () => {
    const xml = `<CodeBook><Codes><Code name="a" isCodable="true"/><Code guid="nope" name="b" isCodable="true"/>
      <Code guid="44444444-4444-4444-8444-444444444444" name="c" isCodable="true"/><Code guid="44444444-4444-4444-8444-444444444444" name="d" isCodable="true"/></Codes></CodeBook>`;
    const back = read(xml);
    expect(back.map((c) => c.guid)).toEqual([
      derivedGuid("imported:0:a"),
      derivedGuid("imported:1:b"),
      "44444444-4444-4444-8444-444444444444",
      derivedGuid("imported:3:44444444-4444-4444-8444-444444444444"),
    ]);
    expect(read(xml)).toEqual(back);
  });

  it("refuses what is not a codebook, a code without a name, and files past its limits", () => {
    expect(errorOf("<html><body>hi</body></html>")).toBe("not_a_codebook");
    expect(errorOf("")).toBe("not_a_codebook");
    expect(errorOf(`<CodeBook><Codes><Code guid="${ID.odd}" name=" " isCodable="true"/></Codes></CodeBook>`)).toBe("invalid_code");
    expect(errorOf(`<CodeBook>${" ".repeat(MAX_QDC_CHARS)}</CodeBook>`)).toBe("too_large");
    const many = `<CodeBook><Codes>${'<Code name="c" isCodable="true"/>'.repeat(MAX_QDC_CODES + 1)}</Codes></CodeBook>`;
    expect(errorOf(many)).toBe("too_many_codes");
    const deep = (n: number) => `<CodeBook><Codes>${'<Code name="c" isCodable="true">'.repeat(n)}${"</Code>".repeat(n)}</Codes></CodeBook>`;
    expect(read(deep(MAX_QDC_DEPTH))).toHaveLength(MAX_QDC_DEPTH);
    expect(errorOf(deep(MAX_QDC_DEPTH + 1))).toBe("too_deep");
  });

  it("stays bounded on hostile input: deep nesting, unclosed tags, entity definitions", () => {
    // A million nested elements: refused at the element-depth cap rather than parsed with a stack a million deep.
    expect(errorOf(`<CodeBook><Codes>${"<x>".repeat(1_000_000)}`)).toBe("too_deep");
    expect(read(`<CodeBook><Codes><Code name="open" isCodable="true"><Description>never closed`)).toEqual([
      expect.objectContaining({ name: "open", description: "never closed" }),
    ]);
    const bomb = `<?xml version="1.0"?><!DOCTYPE b [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
      <CodeBook><Codes><Code guid="${ID.odd}" name="&b;" isCodable="true"/></Codes></CodeBook>`;
    expect(read(bomb).map((c) => c.name)).toEqual(["&b;"]);
  });

  it("reads only the first codebook of a file", () => {
    const one = `<CodeBook><Codes><Code name="first" isCodable="true"/></Codes></CodeBook>`;
    expect(read(`<r>${one}${one.replace("first", "second")}</r>`).map((c) => c.name)).toEqual(["first"]);
  });
});
