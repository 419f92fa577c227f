import type { Element } from "domhandler";
import { describe, expect, expectTypeOf, it } from "vitest";
import type { AnnotationView } from "../../model/annotation.ts";
import type { CanonicalBlock } from "../../model/block.ts";
import { CASE_VARIABLES } from "./case-variables.ts";
import { derivedGuid, isGuid } from "./guid.ts";
import { kindValueGuid, targetGuid } from "./kind-codes.ts";
import { NOT_CARRIED, PROJECT_NS, projectToQde } from "./project-qde.ts";
import { noteGuid } from "./selection.ts";
import { annotations, apg, china, ID, project } from "./test-support/sample.ts";
import type { RefiAnnotation, RefiParagraph } from "./types.ts";
import { xmlTree } from "./test-support/xml-tree.ts";

const result = projectToQde(project);
const tree = xmlTree(result.qde);
const guidsOf = (name: string) => new Set(tree.all(name).map((e) => e.attribs.guid));
const selection = (id: string) => tree.all("PlainTextSelection").find((s) => s.attribs.guid === id)!;
const codeRefs = (el: Element) => tree.all("CodeRef", el).map((r) => r.attribs.targetGUID);
/** The text a QDA tool shows for a selection: its source's text cut at code points. */
function selectedText(sel: Element): string {
  const source = sel.parent as Element;
  const text = result.sources.find((s) => `internal://${s.path.slice("sources/".length)}` === source.attribs.plainTextPath)!.text;
  return [...text].slice(Number(sel.attribs.startPosition), Number(sel.attribs.endPosition)).join("");
}

describe("a project as REFI-QDA project.qde", () => {
  it("is a Project in the project namespace that names the export and says what the format cannot carry", () => {
    expect(tree.root.name).toBe("Project");
    expect(tree.root.attribs).toMatchObject({
      xmlns: PROJECT_NS,
      name: "UN desk & partners",
      origin: "Verbatim",
      creationDateTime: "2026-12-05T16:00:00Z",
    });
    expect(tree.root.attribs.creatingUserGUID).toBe(ID.bob);
    expect(tree.text(tree.children(tree.root, "Description")[0]!)).toBe(NOT_CARRIED);
    expect(NOT_CARRIED).toMatch(/review states/);
    expect(NOT_CARRIED).toMatch(/discussion threads/);
    expect(result.qde).toContain(`<!-- ${NOT_CARRIED} -->`);
    expect(tree.root.children.filter((n) => "name" in n).map((n) => (n as Element).name)).toEqual([
      "Users",
      "CodeBook",
      "Variables",
      "Cases",
      "Sources",
      "Notes",
      "Description",
    ]);
  });

  it("gives every element a GUID of REFI's pattern, each one once", () => {
    const all = tree.all("*").filter((e) => e.attribs.guid !== undefined);
    expect(all.length).toBeGreaterThan(50);
    expect(all.every((e) => isGuid(e.attribs.guid!))).toBe(true);
    expect(new Set(all.map((e) => e.attribs.guid)).size).toBe(all.length);
  });

  it("resolves every reference: codes, notes, sources, variables and users", () => {
    const codes = guidsOf("Code");
    const refs = (name: string) => tree.all(name).map((r) => r.attribs.targetGUID);
    expect(refs("CodeRef").every((g) => codes.has(g))).toBe(true);
    expect(refs("NoteRef").every((g) => guidsOf("Note").has(g))).toBe(true);
    expect(refs("SourceRef").every((g) => guidsOf("TextSource").has(g))).toBe(true);
    expect(refs("VariableRef").every((g) => guidsOf("Variable").has(g))).toBe(true);
    const users = guidsOf("User");
    expect(tree.all("*").every((e) => e.attribs.creatingUser === undefined || users.has(e.attribs.creatingUser))).toBe(true);
    expect(tree.all("User").map((u) => u.attribs.name)).toEqual(["Alice Analyst", "Bob <Reviewer>"]);
  });

  it("writes each statement as a text source at an internal path, with its selections in range in code points", () => {
    const sources = tree.all("TextSource");
    expect(sources.map((s) => s.attribs.name)).toEqual([apg.title, china.title]);
    expect(sources.map((s) => s.attribs.plainTextPath)).toEqual([`internal://${ID.apg}.txt`, `internal://${ID.china}.txt`]);
    expect(result.sources.map((s) => s.path)).toEqual([`sources/${ID.apg}.txt`, `sources/${ID.china}.txt`]);
    expect(tree.all("PlainTextContent", sources[0])).toEqual([]);
    for (const source of sources) {
      const length = [...result.sources.find((s) => source.attribs.plainTextPath?.endsWith(`${s.path.slice(8)}`))!.text].length;
      for (const sel of tree.children(source, "PlainTextSelection")) {
        const [start, end] = [Number(sel.attribs.startPosition), Number(sel.attribs.endPosition)];
        expect(Number.isInteger(start) && start >= 0 && start <= end && end <= length).toBe(true);
      }
    }
    expect(result.sources[1]?.text).toBe(china.paragraphs.map((p) => p.text).join("\n\n"));
  });

  it("selects the quoted words after astral characters, and across paragraphs", () => {
    expect(selectedText(selection(annotations[0]!.id))).toBe("“all States”");
    expect(selection(annotations[0]!.id).attribs).toMatchObject({ startPosition: "42", endPosition: "54" });
    expect(selectedText(selection(annotations[1]!.id))).toBe("UNTOC 𝐧𝐨𝐰.\n\nWe pledge");
    expect(selectedText(selection(annotations[2]!.id))).toBe("A/RES/74/247");
    expect(selectedText(selection(annotations[4]!.id))).toBe("welcomes");
  });

  it("codes each selection with its kind › main attribute, the target it cites, then its topics and labels", () => {
    const urges = selection(annotations[0]!.id);
    expect(codeRefs(urges)).toEqual([kindValueGuid("position", "urges"), ID.cybercrime, ID.keyQuote, ID.deletedLabel]);
    expect(codeRefs(selection(annotations[2]!.id))).toEqual([
      kindValueGuid("cross-reference", "cites"),
      targetGuid("A/RES/74/247"),
      ID.corruption,
    ]);
    expect(codeRefs(selection(annotations[3]!.id))).toEqual([kindValueGuid("cross-reference", "reaffirms"), targetGuid("UNTOC")]);
    const code = (guid: string) => tree.all("Code").find((c) => c.attribs.guid === guid)!;
    expect(code(kindValueGuid("position", "urges")).attribs.name).toBe("urges");
    expect((code(kindValueGuid("position", "urges")).parent as Element).attribs.name).toBe("Position");
    expect((code(targetGuid("UNTOC")).parent as Element).attribs.name).toBe("Cross-reference targets");
    expect(code(ID.deletedLabel).attribs.name).toBe("since deleted");
    const coding = tree.children(urges, "Coding")[0]!;
    expect(coding.attribs).toMatchObject({ creatingUser: ID.alice, creationDateTime: "2026-11-30T10:15:00.123Z" });
  });

  it("writes the note as a memo the selection refers to, and the status and author as its description", () => {
    const urges = selection(annotations[0]!.id);
    expect(tree.children(urges, "NoteRef").map((r) => r.attribs.targetGUID)).toEqual([noteGuid(annotations[0]!)]);
    const note = tree.all("Note").find((n) => n.attribs.guid === noteGuid(annotations[0]!))!;
    expect(tree.text(tree.children(note, "PlainTextContent")[0]!)).toBe("Strong wording & new: <see> p3.\nSecond line ");
    expect(note.attribs.name).toBe("Note on Position › urges (2023-12-07-unsc-china#p2)");
    expect(tree.text(tree.children(urges, "Description")[0]!)).toBe(
      "Position › urges\nTopics: cybercrime\nActor: all States\nReview status: accepted\nAnnotated by: Alice Analyst\nIn Verbatim: 2023-12-07-unsc-china#p2",
    );
    // A blank note makes no memo; a date that is not an xsd:dateTime is left out rather than refused by the schema.
    expect(tree.children(selection(annotations[2]!.id), "NoteRef")).toEqual([]);
    expect(tree.all("Note")).toHaveLength(3);
    expect(selection(annotations[3]!.id).attribs.creationDateTime).toBeUndefined();
  });

  it("makes each statement a case with its details as variables and its source", () => {
    const cases = tree.all("Case");
    expect(cases.map((c) => c.attribs.name)).toEqual([apg.title, china.title]);
    const valuesOf = (c: Element) =>
      Object.fromEntries(
        tree.children(c, "VariableValue").map((v) => {
          const variable = CASE_VARIABLES.find((x) => x.guid === tree.children(v, "VariableRef")[0]!.attribs.targetGUID)!;
          const value = v.children.find((n): n is Element => "name" in n && n.name !== "VariableRef")!;
          return [variable.name, `${value.name}:${tree.text(value)}`];
        }),
      );
    expect(valuesOf(cases[1]!)).toEqual({
      Delegation: "TextValue:China",
      Speaker: "TextValue:Zhang Jun",
      Forum: "TextValue:UNSC",
      "Meeting symbol": "TextValue:S/PV.9500",
      Date: "DateValue:2023-12-07",
      Language: "TextValue:en",
      "Source URL": "TextValue:https://example.org/china?a=1&b=2",
      "Verbatim reference": "TextValue:2023-12-07-unsc-china",
    });
    // "22 May 2023" is no calendar date for the schema: left out.
    expect(valuesOf(cases[0]!)).toEqual({
      Delegation: "TextValue:Indonesia",
      "On behalf of": "TextValue:Asia-Pacific Group",
      Forum: "TextValue:CCPCJ 32nd session",
      "Verbatim reference": "TextValue:2023-05-22-ccpcj32-apg",
    });
    expect(tree.children(cases[1]!, "SourceRef").map((r) => r.attribs.targetGUID)).toEqual([ID.china]);
    expect(tree.all("Variable").map((v) => [v.attribs.name, v.attribs.typeOfVariable])).toContainEqual(["Date", "Date"]);
  });

  it("codes a record from before the codebook by its topic and label names", () => {
    const { codes: _codes, ...old } = annotations[0]!;
    const legacy = { ...old, id: "legacy-1", labels: ["key quote", "unlisted"] };
    const t = xmlTree(projectToQde({ ...project, annotations: [legacy] }).qde);
    const sel = t.all("PlainTextSelection")[0]!;
    const unlisted = derivedGuid("code:label-name:unlisted");
    expect(t.all("CodeRef", sel).map((r) => r.attribs.targetGUID)).toEqual([
      kindValueGuid("position", "urges"),
      ID.cybercrime,
      ID.keyQuote,
      unlisted,
    ]);
    expect(t.all("Code").find((c) => c.attribs.guid === unlisted)?.attribs.name).toBe("unlisted");
    expect(sel.attribs.guid).toBe(derivedGuid("annotation:legacy-1"));
  });

  it("takes the domain's annotations and blocks as they are", () => {
    expectTypeOf<AnnotationView>().toExtend<RefiAnnotation>();
    expectTypeOf<CanonicalBlock>().toExtend<RefiParagraph>();
  });

  it("reports the annotations it could not place", () => {
    expect(result.skipped).toEqual([
      { annotationId: annotations[5]!.id, reason: "target_not_in_text" },
      { annotationId: annotations[6]!.id, reason: "statement_missing" },
    ]);
    expect(tree.all("PlainTextSelection")).toHaveLength(5);
  });

  it("is the same bytes twice, whatever order its input comes in", () => {
    const shuffled = {
      ...project,
      codes: [...project.codes].reverse(),
      statements: [...project.statements].reverse(),
      annotations: [...project.annotations].reverse(),
    };
    expect(projectToQde(shuffled)).toEqual(result);
    expect(projectToQde(project).qde).toBe(result.qde);
  });

  it("writes an empty workspace with its codebook and variables but no cases or sources", () => {
    const empty = projectToQde({ name: "Empty", exportedAt: "2026-12-05T16:00:00Z", codes: [], statements: [], annotations: [] });
    const t = xmlTree(empty.qde);
    expect(t.root.children.filter((n) => "name" in n).map((n) => (n as Element).name)).toEqual(["CodeBook", "Variables", "Description"]);
    expect(empty.sources).toEqual([]);
  });
});
