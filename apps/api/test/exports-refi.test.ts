import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { xmlTree } from "../../../packages/core/src/export/refi-qda/test-support/xml-tree.ts";
import type { Member } from "./support/factories.ts";
import { annotate } from "./support/factories.ts";
import { EXPORTED, type ExportFixture, seedExportFixture } from "./support/export-fixture.ts";
import { checkRefi } from "./support/refi-checker.ts";

let f: ExportFixture;
let qdpx: { headers: Headers; bytes: Buffer };
let zip: JSZip;
let qde: string;
let tree: ReturnType<typeof xmlTree>;
/** An orphan of s2: anchored in revision 1, which a second revision has replaced. */
let orphan: string;

/** A download as this member, its body as bytes. */
async function downloadAs(m: Member, path: string): Promise<{ status: number; headers: Headers; bytes: Buffer }> {
  const cookie = [...m.client.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  const res = await fetch(f.server.url + path, { headers: { cookie } });
  return { status: res.status, headers: res.headers, bytes: Buffer.from(await res.arrayBuffer()) };
}

const codePoints = (s: string) => [...s];

beforeAll(async () => {
  f = await seedExportFixture();
  qdpx = await f.download("/api/exports?format=qdpx");
  zip = await JSZip.loadAsync(qdpx.bytes);
  qde = (await zip.file("project.qde")?.async("string")) ?? "";
  tree = xmlTree(qde);
});
afterAll(() => f.server.stop());

/** The source text a TextSource points to, from the zip. */
async function sourceOf(guid: string): Promise<string> {
  const file = zip.file(`sources/${guid}.txt`);
  if (!file) throw new Error(`no source ${guid} in the .qdpx`);
  return file.async("string");
}

/** The words a selection of this annotation covers, counted in code points as REFI-QDA does. */
async function selected(annotationId: string): Promise<string> {
  for (const source of tree.all("TextSource")) {
    const selection = tree.children(source, "PlainTextSelection").find((s) => s.attribs["guid"] === annotationId);
    if (!selection) continue;
    const text = await sourceOf(source.attribs["guid"]!);
    const [start, end] = [Number(selection.attribs["startPosition"]), Number(selection.attribs["endPosition"])];
    expect(end).toBeLessThanOrEqual(codePoints(text).length);
    return codePoints(text).slice(start, end).join("");
  }
  throw new Error(`annotation ${annotationId} has no selection`);
}

describe("REFI-QDA project export (.qdpx)", () => {
  it("is a zip named for the export, holding project.qde and a plain-text source per statement", () => {
    expect(qdpx.headers.get("content-type")).toBe("application/zip");
    expect(qdpx.headers.get("content-disposition")).toMatch(/^attachment; filename="verbatim-workspace-\d{4}-\d\d-\d\d\.qdpx"$/);
    expect(qdpx.headers.get("x-export-count")).toBe(String(EXPORTED.length));
    expect(Object.keys(zip.files).filter((n) => n.startsWith("sources/"))).toHaveLength(3);
    expect(tree.root.name).toBe("Project");
    expect(tree.root.attribs["name"]).toBe("Desk");
    expect(tree.all("TextSource").map((s) => s.attribs["name"])).toEqual(expect.arrayContaining([f.s1.title, "Reply", "Undated remarks"]));
  });

  it("makes every selected annotation a selection, and nothing else", () => {
    const guids = tree.all("PlainTextSelection").map((s) => s.attribs["guid"]);
    expect(guids.sort()).toEqual(EXPORTED.map((n) => f.ids[n]).sort());
    expect(qde).not.toContain(f.ids.gone);
    expect(qde).not.toContain(f.ids.foreign);
  });

  it("counts positions in code points: an astral character before a quote shifts it by one, not two", async () => {
    expect(await selected(f.ids.emoji)).toBe("across borders");
    expect(await selected(f.ids.disputed)).toBe("We will host a workshop in 2025.");
  });

  it("selects a span across paragraphs, the blank line between them included", async () => {
    // From p2's offset 50 to p3's offset 14, with the heading between them: the source holds every block.
    const blocks = f.s2.paragraphs.map((p) => p.text);
    const [from, to] = [f.s2.paragraphs.findIndex((p) => p.id === "p2"), f.s2.paragraphs.findIndex((p) => p.id === "p3")];
    const words = [blocks[from]!.slice(50), ...blocks.slice(from + 1, to), blocks[to]!.slice(0, 14)];
    expect(words.length).toBeGreaterThan(2);
    expect(await selected(f.ids.range)).toBe(words.join("\n\n"));
  });

  it("codes each selection with codes the codebook holds: kind › value, topics and labels", () => {
    const codes = new Map(tree.all("Code").map((c) => [c.attribs["guid"], c.attribs["name"]]));
    for (const ref of tree.all("CodeRef")) expect(codes.has(ref.attribs["targetGUID"])).toBe(true);
    const emoji = tree.all("PlainTextSelection").find((s) => s.attribs["guid"] === f.ids.emoji)!;
    const names = tree.all("CodeRef", emoji).map((r) => codes.get(r.attribs["targetGUID"]));
    expect(names).toEqual(expect.arrayContaining(["concerned", "Firearms", "Borders", "arms"]));
    const groups = tree.children(tree.all("Codes")[0]!, "Code").map((c) => c.attribs["name"]);
    expect(groups).toEqual(expect.arrayContaining(["Topics", "Labels", "Position"]));
  });

  it("writes notes as memos the selections point to, and the authors as users", () => {
    const notes = tree.all("Note");
    expect(notes.map((n) => tree.text(n))).toEqual(expect.arrayContaining([expect.stringContaining("Spans two paragraphs")]));
    expect(notes.map((n) => tree.text(n))).toEqual(expect.arrayContaining([expect.stringContaining("Small arms matter")]));
    const noteGuids = new Set(notes.map((n) => n.attribs["guid"]));
    for (const ref of tree.all("NoteRef")) expect(noteGuids.has(ref.attribs["targetGUID"])).toBe(true);
    expect(tree.all("User").map((u) => u.attribs["name"])).toEqual(expect.arrayContaining(["Ana Analyst", "Rex Reviewer"]));
  });

  it("gives each statement a case whose variables are its details", () => {
    const variables = new Map(tree.all("Variable").map((v) => [v.attribs["guid"], v.attribs["name"]]));
    const reply = tree.all("Case").find((c) => c.attribs["name"] === "Reply")!;
    const values = Object.fromEntries(
      tree
        .all("VariableValue", reply)
        .map((v) => [variables.get(tree.all("VariableRef", v)[0]!.attribs["targetGUID"]), tree.text(v).trim()]),
    );
    expect(values).toMatchObject({ Delegation: "Borduria", "On behalf of": "Group of Friends", Date: "2024-05-02" });
    expect(tree.text(tree.children(tree.root, "Description")[0]!)).toMatch(/review states/);
  });

  it("is valid against the REFI-QDA 1.5 project schema where xmllint runs, and kept for CI's check", () => {
    expect(checkRefi("project.qdpx", qdpx.bytes, qde) ?? "valid").toBe("valid");
  });

  it("applies the filters, as every export does", async () => {
    const res = await f.download(`/api/exports?format=qdpx&statement=${f.s2.slug}`);
    const filtered = xmlTree(await (await JSZip.loadAsync(res.bytes)).file("project.qde")!.async("string"));
    expect(res.headers.get("x-export-count")).toBe("2");
    expect(
      filtered
        .all("PlainTextSelection")
        .map((s) => s.attribs["guid"])
        .sort(),
    ).toEqual([f.ids.other, f.ids.range].sort());
    expect(filtered.all("TextSource")).toHaveLength(1);
  });

  it("puts an orphan, when asked for, in the text of the revision it was made on, a source of its own", async () => {
    orphan = (await annotate(f.analyst.client, f.s3.slug, { target: { paragraphId: "p4", start: 0, end: 9 } })).id;
    await f.server.db.annotation.update({ where: { id: orphan }, data: { anchorState: "orphaned" } });
    const statement = await f.server.db.statement.findFirstOrThrow({ where: { id: f.s3.id } });
    const first = await f.server.db.revision.findFirstOrThrow({
      where: { statementId: f.s3.id, number: 1 },
      include: { paragraphs: true },
    });
    const second = await f.server.db.revision.create({
      data: { statementId: f.s3.id, number: 2, format: "text", source: first.source, importReport: {}, createdById: first.createdById },
    });
    await f.server.db.paragraph.createMany({
      data: first.paragraphs.map(({ id: _id, revisionId: _r, ...p }) => ({ ...p, revisionId: second.id, text: `Revised: ${p.text}` })),
    });
    await f.server.db.statement.update({ where: { id: statement.id }, data: { currentRevision: 2 } });
    await f.server.db.annotation.updateMany({ where: { statementId: f.s3.id, id: { not: orphan } }, data: { anchorRevision: 2 } });
    const res = await f.download(`/api/exports?format=qdpx&statement=${f.s3.slug}&anchor=anchored,fuzzy,orphaned`);
    zip = await JSZip.loadAsync(res.bytes);
    const revised = await zip.file("project.qde")!.async("string");
    expect(checkRefi("project-revisions.qdpx", res.bytes, revised) ?? "valid").toBe("valid");
    tree = xmlTree(revised);
    expect(
      tree
        .all("TextSource")
        .map((s) => s.attribs["name"])
        .sort(),
    ).toEqual(["Undated remarks", "Undated remarks (revision 1)"]);
    const p4 = f.s3.paragraphs.find((p) => p.id === "p4")!.text;
    expect(await selected(orphan)).toBe(p4.slice(0, 9));
    // The others were moved to revision 2: their offsets count in its text.
    const p2 = f.s3.paragraphs.find((p) => p.id === "p2")!.text;
    expect(await selected(f.ids.old)).toBe(`Revised: ${p2}`.slice(3, 10));
  });

  it("lets a viewer export", async () => {
    const res = await downloadAs(f.viewer, "/api/exports?format=qdpx");
    expect(res.status).toBe(200);
    expect(Object.keys((await JSZip.loadAsync(res.bytes)).files)).toContain("project.qde");
  });
});

describe("REFI-QDA codebook export (.qdc)", () => {
  it("is the workspace's whole codebook, whatever the filters, as XML named for the workspace", async () => {
    const res = await downloadAs(f.viewer, `/api/exports?format=qdc&statement=${f.s2.slug}&kind=commitment`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/xml; charset=utf-8");
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="Desk-codebook.qdc"');
    const xml = res.bytes.toString("utf8");
    const qdc = xmlTree(xml);
    expect(qdc.root.name).toBe("CodeBook");
    const listed = (await f.analyst.client.get("/api/codebook/codes")).body.items as { name: string }[];
    expect(res.headers.get("x-export-count")).toBe(String(listed.length));
    const names = qdc.all("Code").map((c) => c.attribs["name"]);
    expect(names.sort()).toEqual(["Labels", "Topics", ...listed.map((c) => c.name)].sort());
    expect(checkRefi("codebook.qdc", res.bytes, xml) ?? "valid").toBe("valid");
  });
});
