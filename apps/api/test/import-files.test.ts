import { readFileSync } from "node:fs";
import path from "node:path";
import { ImportPreview, MAX_UPLOAD_BYTES } from "@verbatim/contract";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectError } from "./support/assertions.ts";
import { expectUnchanged } from "./support/db-snapshot.ts";
import { member, type Member, newWorkspace } from "./support/factories.ts";
import { startTestServer, type TestServer } from "./support/test-server.ts";

/** Files through the API: text in any encoding, Word and PDF, the preview's edits, and every way a file can be bad. */
let server: TestServer;
let analyst: Member;
beforeAll(async () => {
  server = await startTestServer();
  analyst = await member(server, await newWorkspace(server, "Files desk"), "analyst");
});
afterAll(() => server.stop());

const fixture = (name: string) => new Uint8Array(readFileSync(path.join(import.meta.dirname, "../../../fixtures/import", name)));
const preview = (file: { name: string; bytes: Uint8Array; type?: string }, fields: Record<string, string> = {}) =>
  analyst.client.upload("/api/imports/preview", file, fields);

/** "Statement by Côte d’Ivoire" … in Windows-1252: é is 0xE9, ’ is 0x92, – is 0x96. */
function windows1252(text: string): Uint8Array {
  const special: Record<string, number> = { "’": 0x92, "–": 0x96, "“": 0x93, "”": 0x94 };
  return Uint8Array.from([...text].map((c) => special[c] ?? c.charCodeAt(0)));
}

describe("text files", () => {
  it("decodes a Windows-1252 file, and says so", async () => {
    const text = "Statement by Côte d’Ivoire – Sixth Committee\n\nWe welcome the Secretary-General’s report on the rule of law.";
    const res = await preview({ name: "statement.txt", type: "text/plain", bytes: windows1252(text) });
    expect(res.status, res.text).toBe(200);
    const body = ImportPreview.parse(res.body);
    expect(body.source).toMatchObject({ format: "text", name: "statement.txt", encoding: "windows-1252" });
    expect(body.paragraphs.map((p) => p.text)).toContain("We welcome the Secretary-General’s report on the rule of law.");
  });

  it("decodes UTF-16 with its byte order mark", async () => {
    const bom = Buffer.from([0xff, 0xfe]);
    const bytes = Buffer.concat([bom, Buffer.from("Mr. President,\n\nJapan welcomes the adoption of the resolution.", "utf16le")]);
    const res = await preview({ name: "remarks.txt", bytes: new Uint8Array(bytes) });
    expect(res.status, res.text).toBe(200);
    expect(res.body.source.encoding).toBe("utf-16le");
    expect(res.body.paragraphs.map((p: { text: string }) => p.text)).toContain("Japan welcomes the adoption of the resolution.");
  });

  it("reads HTML by its content whatever the name says", async () => {
    const bytes = new TextEncoder().encode("<!doctype html><h1>Remarks</h1><p>We support the Pact for the Future.</p>");
    const res = await preview({ name: "remarks.txt", bytes });
    expect(res.status, res.text).toBe(200);
    expect(res.body.source.format).toBe("html");
  });

  it("repairs mojibake in pasted text and lists the lines it repaired", async () => {
    const content = "We stand with AfricaÃ­s call.\n\nThe UNÃs role is central.\n\nWe welcome the reportâ€™s findings.";
    const res = await analyst.client.post("/api/imports/preview", { format: "text", content });
    expect(res.status, res.text).toBe(200);
    const texts = res.body.paragraphs.map((p: { text: string }) => p.text);
    expect(texts).toEqual(["We stand with Africa's call.", "The UN's role is central.", "We welcome the report’s findings."]);
    expect(res.body.repairs.map((r: { line: number }) => r.line)).toEqual([1, 3, 5]);
  });
});

describe("Word and PDF files", () => {
  it("reads a Word file through its HTML, footnotes set apart", async () => {
    const res = await preview({ name: "g77.docx", bytes: fixture("g77-second-committee-2023-12-07.docx") });
    expect(res.status, res.text).toBe(200);
    const body = ImportPreview.parse(res.body);
    expect(body.source).toMatchObject({ format: "docx", name: "g77.docx", encoding: null });
    expect(body.paragraphs.length).toBeGreaterThan(3);
  });

  it("reads a PDF's text layer, its furniture dropped and its symbol found", async () => {
    const res = await preview({ name: "l5.pdf", bytes: fixture("ldoc-e-cn15-2023-l5.pdf") });
    expect(res.status, res.text).toBe(200);
    const body = ImportPreview.parse(res.body);
    expect(body.source.format).toBe("pdf");
    expect(body.source.pages).toBeGreaterThan(0);
    expect(body.metadata.meetingSymbol).toBe("E/CN.15/2023/L.5");
    expect(body.paragraphs.every((p) => p.page !== undefined)).toBe(true);
  });

  it("offers a PDF verbatim record's turns and imports them, the record kept once", async () => {
    const record = { name: "S_PV.9500.pdf", type: "application/pdf", bytes: fixture("record-s-pv-9500.pdf") };
    const shown = ImportPreview.parse((await preview(record)).body);
    expect(shown.record?.symbol).toBe("S/PV.9500");
    const china = shown.record!.turns.find((t) => t.delegation === "China")!;
    expect(china.pages).not.toBeNull();
    const res = await analyst.client.upload("/api/imports/record", record, { turns: JSON.stringify([{ index: china.index }]) });
    expect(res.status, res.text).toBe(201);
    const stored = await analyst.client.get(`/api/statements/${res.body.statements[0].slug}`);
    expect(stored.body.statement).toMatchObject({ delegation: "China", meetingSymbol: "S/PV.9500", forum: "Security Council" });
    expect(stored.body.statement.sourceUrl).toBe(`https://undocs.org/en/S/PV.9500#page=${china.pages!.from}`);
    const revision = await server.db.revision.findFirstOrThrow({ where: { statementId: stored.body.statement.id } });
    expect(revision.importFileId).not.toBeNull();
  });
});

describe("the preview's edits", () => {
  const content = [
    "Statement by the Permanent Mission of Norland",
    "Sixth Committee",
    "Mr. Chair, Norland aligns itself with the statement of the European Union. We welcome the report.",
    "Let me add three points. First, on universal jurisdiction.",
  ].join("\n\n");

  it("imports exactly what the preview showed", async () => {
    const edits = [
      { op: "split", block: 0, at: "Mr. Chair, Norland aligns itself with the statement of the European Union.".length },
      { op: "markDropped", line: 1, as: "heading" },
      { op: "mark", block: 3, as: "delegation" },
    ];
    const shown = await analyst.client.post("/api/imports/preview", { format: "text", content, edits });
    expect(shown.status, shown.text).toBe(200);
    expect(shown.body.paragraphs.map((p: { kind: string; text: string }) => [p.kind, p.text])).toEqual([
      ["heading", "Sixth Committee"],
      ["paragraph", "Mr. Chair, Norland aligns itself with the statement of the European Union."],
      ["paragraph", "We welcome the report."],
    ]);
    expect(shown.body.metadata.delegation).toBe("Let me add three points. First, on universal jurisdiction.");
    const created = await analyst.client.post("/api/statements", { title: "Norland, Sixth Committee", format: "text", content, edits });
    expect(created.status, created.text).toBe(201);
    const strip = (blocks: { id: string; text: string; kind: string }[]) => blocks.map(({ id, text, kind }) => ({ id, text, kind }));
    expect(strip(created.body.statement.paragraphs)).toEqual(strip(shown.body.paragraphs));
    expect(created.body.statement.delegation).toBe("Let me add three points. First, on universal jurisdiction.");
    const revision = await server.db.revision.findFirstOrThrow({ where: { statementId: created.body.statement.id } });
    expect(revision.source).toBe(content);
    expect((revision.importReport as { edits: unknown[] }).edits).toEqual(edits);
  });

  it("refuses an edit that does not fit, naming it, and stores nothing", async () => {
    await expectUnchanged(server.db, async () => {
      const res = await analyst.client.post("/api/statements", {
        title: "Norland",
        format: "text",
        content,
        edits: [
          { op: "merge", block: 0 },
          { op: "mark", block: 40, as: "drop" },
        ],
      });
      expectError(res, 422, "invalid_edit");
      expect(res.body.error.details).toEqual({ edit: 1 });
    });
  });
});

describe("uploads that are stored", () => {
  it("keeps the file once, with every revision read from it", async () => {
    const bytes = new TextEncoder().encode("Mr. President,\n\nWe welcome the report and support its recommendations.");
    const first = await analyst.client.upload("/api/statements", { name: "a.txt", bytes }, { title: "First import" });
    const second = await analyst.client.upload("/api/statements", { name: "a-again.txt", bytes }, { title: "Second import" });
    expect([first.status, second.status], first.text + second.text).toEqual([201, 201]);
    const revisions = await server.db.revision.findMany({
      where: { statementId: { in: [first.body.statement.id, second.body.statement.id] } },
      include: { importFile: true },
    });
    expect(new Set(revisions.map((r) => r.importFileId)).size).toBe(1);
    expect(revisions[0]!.importFile).toMatchObject({ name: "a.txt", size: bytes.byteLength });
  });

  it("asks for a title when the file states none", async () => {
    const bytes = new TextEncoder().encode("We welcome the report.\n\nWe support its recommendations.");
    await expectUnchanged(server.db, async () => {
      expectError(await analyst.client.upload("/api/statements", { name: "b.txt", bytes }), 400, "validation_failed");
    });
  });
});

describe("revisions from files", () => {
  it("adds a Word file as a revision, read as its import was; the same file again is no change", async () => {
    const g77 = { name: "g77.docx", bytes: fixture("g77-second-committee-2023-12-07.docx") };
    const created = await analyst.client.upload("/api/statements", g77, { title: "G77 in the Second Committee" });
    expect(created.status, created.text).toBe(201);
    const slug = created.body.statement.slug;
    expectError(await analyst.client.upload(`/api/statements/${slug}/revisions`, g77, { note: "again" }), 422, "no_changes");

    const corrected = {
      name: "g77-corr1.txt",
      bytes: new TextEncoder().encode("Mr. Chair,\n\nThe Group of 77 and China welcomes the report."),
    };
    const shown = await analyst.client.upload(`/api/statements/${slug}/revisions/preview`, corrected, { note: "Corr.1" });
    expect(shown.status, shown.text).toBe(200);
    const added = await analyst.client.upload(`/api/statements/${slug}/revisions`, corrected, { note: "Corr.1", baseRevision: "1" });
    expect(added.status, added.text).toBe(201);
    expect(added.body.revision).toMatchObject({ number: 2, note: "Corr.1" });
    expect(added.body.statement.paragraphs.map((p: { text: string }) => p.text)).toEqual(
      shown.body.paragraphs.map((p: { text: string }) => p.text),
    );
    const revision = await server.db.revision.findFirstOrThrow({
      where: { statementId: created.body.statement.id, number: 2 },
      include: { importFile: true },
    });
    expect(revision).toMatchObject({ format: "text", importFile: { name: "g77-corr1.txt" } });
  });

  it("refuses a stale base revision sent in the form", async () => {
    const first = await analyst.client.post("/api/statements", { title: "Stale base", format: "text", content: "We welcome the report." });
    const file = { name: "r.txt", bytes: new TextEncoder().encode("We welcome the report warmly.") };
    expect((await analyst.client.upload(`/api/statements/${first.body.statement.slug}/revisions`, file)).status).toBe(201);
    const stale = await analyst.client.upload(`/api/statements/${first.body.statement.slug}/revisions`, file, { baseRevision: "1" });
    expectError(stale, 409, "revision_changed");
  });
});

describe("files that cannot be imported", () => {
  const refused = async (file: { name: string; bytes: Uint8Array }, status: number, code: Parameters<typeof expectError>[2]) => {
    await expectUnchanged(server.db, async () => {
      expectError(await analyst.client.upload("/api/statements", file, { title: "Bad file" }), status, code);
      expectError(await preview(file), status, code);
    });
  };

  it("a binary renamed .txt → 415 unsupported_file", () =>
    refused(
      { name: "photo.txt", bytes: Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72]) },
      415,
      "unsupported_file",
    ));

  it("an old Word .doc → 415 unsupported_file, saying to save it as .docx", async () => {
    const doc = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]);
    await refused({ name: "statement.doc", bytes: doc }, 415, "unsupported_file");
    expect((await preview({ name: "statement.doc", bytes: doc })).body.error.message).toMatch(/\.docx/);
  });

  it("a zip that is not a Word file → 415 unsupported_file", async () => {
    const zip = new JSZip();
    zip.file("content.xml", "<office:document/>");
    await refused(
      { name: "statement.docx", bytes: await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }) },
      415,
      "unsupported_file",
    );
  });

  it("a corrupt Word file → 422 invalid_file", async () => {
    const docx = fixture("g77-second-committee-2023-12-07.docx");
    await refused({ name: "broken.docx", bytes: docx.subarray(0, Math.floor(docx.length / 2)) }, 422, "invalid_file");
  });

  it("a Word file whose parts unpack past the cap (a zip bomb) → 422 invalid_file", async () => {
    const zip = new JSZip();
    zip.file("word/document.xml", `<w:document>${" ".repeat(80 * 1024 * 1024)}</w:document>`);
    const bomb = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 9 } });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    await refused({ name: "bomb.docx", bytes: bomb }, 422, "invalid_file");
  });

  it("a scanned PDF with no text layer → 422 no_text_layer, saying OCR is not supported", async () => {
    await refused({ name: "scan.pdf", bytes: fixture("bad/scanned-record.pdf") }, 422, "no_text_layer");
    expect((await preview({ name: "scan.pdf", bytes: fixture("bad/scanned-record.pdf") })).body.error.message).toMatch(/OCR/);
  });

  it("an encrypted PDF → 422 encrypted_pdf", () =>
    refused({ name: "locked.pdf", bytes: fixture("bad/encrypted-statement.pdf") }, 422, "encrypted_pdf"));

  it("a truncated PDF → 422 invalid_file", () =>
    refused({ name: "cut.pdf", bytes: fixture("bad/truncated-statement.pdf") }, 422, "invalid_file"));

  it("a file over the size limit → 413 payload_too_large", () =>
    refused({ name: "huge.txt", bytes: new Uint8Array(MAX_UPLOAD_BYTES + 1).fill(0x61) }, 413, "payload_too_large"));

  it("a form without a file → 400, and a file on an endpoint that takes none → 415", async () => {
    const form = new FormData();
    form.append("title", "No file");
    expectError(await analyst.client.request("POST", "/api/statements", { form }), 400, "validation_failed");
    const bytes = new TextEncoder().encode("text");
    expectError(await analyst.client.upload("/api/tokens", { name: "a.txt", bytes }), 415, "unsupported_media_type");
  });
});
