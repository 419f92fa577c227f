import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Member } from "./support/factories.ts";
import { openSseAs } from "./support/sse-client.ts";
import { checkW3c } from "./support/w3c-checker.ts";
import type { TestServer } from "./support/test-server.ts";
import {
  FIELDS,
  importW3c,
  type Json,
  type Paragraph,
  richNote,
  setUpW3cImport,
  type W3cImportWorld,
} from "./support/w3c-import-fixture.ts";

let server: TestServer;
let a: Member;
let b: Member;
let c: Member;
let slug: string;
let created: Json[];
let exported: W3cImportWorld["exported"];
beforeAll(async () => {
  ({ server, a, b, c, slug, created, exported } = await setUpW3cImport());
});
afterAll(() => server.stop());

const countIn = async (m: Member) => server.db.annotation.count({ where: { workspaceId: m.workspaceId } });
const announcedId = (data: string) => (JSON.parse(data) as { annotation: Json }).annotation.id;
const pick = (x: Json) => Object.fromEntries(FIELDS.map((f) => [f, x[f]]));
/** The annotation of workspace A that an exported item is. */
function originalOf(item: Json | undefined): Json {
  const found = created.find((x) => String(item?.id).endsWith(`/api/annotations/${String(x.id)}`));
  if (!found) throw new Error(`${String(item?.id)} is none of the annotations made`);
  return found;
}

describe("POST /api/imports/w3c: a Verbatim export", () => {
  let imported: Json[];

  it("imports every annotation into another workspace's statement of the same slug, announcing each to its readers", async () => {
    const reader = await openSseAs(b.client, `/api/statements/${slug}/events`);
    try {
      await reader.waitFor((m) => m.event === "ready");
      const res = await importW3c(b, exported);
      expect(res.status, res.text).toBe(200);
      expect(res.body).toMatchObject({ imported: created.length, reanchored: 0, duplicates: 0, skipped: [] });
      imported = res.body.annotations;
      expect(imported).toHaveLength(created.length);
      const last = imported[imported.length - 1]!;
      await reader.waitFor((m) => m.event === "annotation.created" && announcedId(m.data) === last.id);
      const announced = reader.messages.filter((m) => m.event === "annotation.created").map((m) => announcedId(m.data));
      expect(announced).toEqual(imported.map((x) => x.id));
    } finally {
      reader.close();
    }
  });

  it("is lossless: kind, target, quote, attributes, labels and note, rich document included", () => {
    for (const [i, item] of exported.first.items.entries()) expect(pick(imported[i] ?? {})).toEqual(pick(originalOf(item)));
    expect(imported.find((x) => x.noteDoc !== null)?.noteDoc).toEqual(richNote);
    expect(imported.find((x) => (x.target as Json).endParagraphId === "p3")?.quote).toMatchObject({
      exact: "thank the briefers.\nCooperation\nOur delegation",
    });
  });

  it("makes them new, proposed annotations of the importing user, keeping the original author in the history", async () => {
    const list = await b.client.get(`/api/statements/${slug}/annotations`);
    expect(list.body.items).toHaveLength(created.length);
    for (const x of imported) expect(x).toMatchObject({ status: "proposed", version: 1, author: { id: b.userId, name: "Bea Importer" } });
    const change = await server.db.annotationChange.findFirstOrThrow({ where: { annotationId: String(imported[0]?.id) } });
    expect(change).toMatchObject({ action: "imported", actorId: b.userId, version: 1 });
    expect(change.after).toMatchObject({
      kind: "position",
      importedFrom: { id: exported.first.items[0]?.id, creator: { name: "Ana Analyst" }, status: "proposed", anchoredBy: "position" },
    });
    const labels = await b.client.get("/api/labels");
    expect(JSON.stringify(labels.body)).toContain("cross-border");
  });

  it("counts a second import of the same file as duplicates and adds nothing", async () => {
    const before = await countIn(b);
    const res = await importW3c(b, exported, "", "application/json");
    expect(res.body).toMatchObject({ imported: 0, duplicates: created.length, skipped: [], annotations: [] });
    expect(await countIn(b)).toBe(before);
  });

  it("recognises a workspace's own annotations sent back as duplicates", async () => {
    expect((await importW3c(a, exported)).body).toMatchObject({ imported: 0, duplicates: created.length });
    const own = JSON.parse((await b.client.get("/api/exports?format=w3c")).text);
    const before = await countIn(b);
    expect((await importW3c(b, own)).body).toMatchObject({ imported: 0, duplicates: created.length });
    expect(await countIn(b)).toBe(before);
  });

  it("knows its annotations when they come back through another workspace, whose export names them as via", async () => {
    const throughB = JSON.parse((await b.client.get("/api/exports?format=w3c")).text) as W3cImportWorld["exported"];
    const vias = throughB.first.items.map((x) => x.via);
    expect(vias.sort()).toEqual(exported.first.items.map((x) => x.id).sort());
    expect(checkW3c(throughB, "export-through-another-workspace")).toEqual({ annotations: created.length, problems: [] });
    const before = await countIn(a);
    expect((await importW3c(a, throughB)).body).toMatchObject({ imported: 0, duplicates: created.length });
    expect(await countIn(a)).toBe(before);
  });

  it("re-anchors by quote where a corrected text moved the spans", async () => {
    const res = await importW3c(c, exported.first);
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({ imported: created.length, reanchored: created.length, skipped: [] });
    const corrected: Paragraph[] = (await c.client.get(`/api/statements/${slug}`)).body.statement.paragraphs;
    for (const [i, x] of (res.body.annotations as Json[]).entries()) {
      const original = originalOf(exported.first.items[i]);
      const target = x.target as { paragraphId: string; start: number; end: number; endParagraphId?: string };
      const quote = x.quote as { exact: string };
      expect(quote.exact).toBe((original.quote as { exact: string }).exact);
      expect(target.start).toBeGreaterThan((original.target as { start: number }).start);
      if (!target.endParagraphId)
        expect(corrected.find((p) => p.id === target.paragraphId)?.text.slice(target.start, target.end)).toBe(quote.exact);
    }
  });
});
