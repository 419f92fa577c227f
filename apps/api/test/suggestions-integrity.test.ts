import { AcceptedSuggestions, AnnotationResponse, JsonExport, SuggestionList, UndoAcceptedSuggestions } from "@verbatim/contract";
import { CSV_COLUMNS } from "@verbatim/core";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiResponse } from "./support/api-client.ts";
import { expectError } from "./support/assertions.ts";
import { importStatement, member, type Member, setUp } from "./support/factories.ts";
import { startTestServer, type TestServer } from "./support/test-server.ts";
import { checkW3c } from "./support/w3c-checker.ts";

// What stays true of accepted suggestions (issue 16) beyond the happy path of suggestions.test.ts: accepts of one
// suggestion sent at once make one annotation (suggestion-accept-lock-sql.ts), an accept-all's undo deletes as the
// normal delete does (delete-annotations.ts), the rules' figures have their index, and exports keep the provenance.
let server: TestServer;
let admin: Member;
let analyst: Member;
let coder: Member;
beforeAll(async () => {
  server = await startTestServer();
  admin = await setUp(server);
  analyst = await member(server, admin.workspaceId, "analyst");
  coder = await member(server, admin.workspaceId, "analyst", "second coder");
});
afterAll(() => server.stop());

const TEXT = [
  "My delegation recalls General Assembly resolution 74/247 and the Palermo Convention.",
  "",
  "We will contribute 2 million dollars to the trust fund by 2026.",
  "",
  "We condemn all attacks on humanitarian workers. We condemn the shelling of schools.",
  "",
  "We welcome the report of the Secretary-General. We welcome the new mission.",
].join("\n");

let n = 0;
const statement = async (): Promise<string> =>
  (await importStatement(admin.client, { title: `Raced ${++n}`, delegation: "Norway", content: TEXT })).slug as string;
const path = (slug: string, rest = "") => `/api/statements/${encodeURIComponent(slug)}/suggestions${rest}`;

async function list(who: Member, slug: string): Promise<SuggestionList> {
  const res = await who.client.get(path(slug));
  expect(res.status, res.text).toBe(200);
  return SuggestionList.parse(res.body);
}

/** The statement's live annotations as stored, whoever made them. */
const liveAnnotations = (slug: string) =>
  server.db.annotation.findMany({ where: { statement: { slug, workspaceId: admin.workspaceId }, deletedAt: null } });

const statuses = (all: ApiResponse[]) => all.map((r) => r.status).sort();

describe("accepts of one suggestion sent at once", () => {
  it("make one annotation, by one member's repeated clicks: the others are not found", async () => {
    const slug = await statement();
    const s = (await list(analyst, slug)).items.find((x) => x.rule === "instrument-name")!;
    const all = await Promise.all(Array.from({ length: 6 }, () => analyst.client.post(path(slug, `/${s.id}/accept`), { revision: 1 })));
    expect(statuses(all)).toEqual([201, 404, 404, 404, 404, 404]);
    for (const r of all.filter((x) => x.status !== 201)) expectError(r, 404, "not_found");
    const made = AnnotationResponse.parse(all.find((r) => r.status === 201)!.body).annotation;
    const stored = await liveAnnotations(slug);
    expect(stored.map((a) => [a.id, a.suggestionRule])).toEqual([[made.id, "instrument-name"]]);
  });

  it("make one annotation when two members accept it at once", async () => {
    const slug = await statement();
    const s = (await list(analyst, slug)).items.find((x) => x.kind === "commitment")!;
    const all = await Promise.all([analyst, coder, analyst, coder].map((who) => who.client.post(path(slug, `/${s.id}/accept`), {})));
    expect(statuses(all)).toEqual([201, 404, 404, 404]);
    expect(await liveAnnotations(slug)).toHaveLength(1);
    expect((await list(coder, slug)).items.some((x) => x.id === s.id)).toBe(false);
  });

  it("make one annotation per suggestion when an accept-all meets single accepts of the same kind", async () => {
    const slug = await statement();
    const positions = (await list(analyst, slug)).items.filter((x) => x.kind === "position");
    expect(positions.length).toBeGreaterThanOrEqual(3);
    const [all, ...singles] = await Promise.all([
      analyst.client.post(path(slug, "/accept"), { kind: "position" }),
      ...positions.map((s) => coder.client.post(path(slug, `/${s.id}/accept`), {})),
    ]);
    expect(all!.status, all!.text).toBe(201);
    const accepted = AcceptedSuggestions.parse(all!.body);
    for (const r of singles) if (r.status !== 201) expectError(r, 404, "not_found");
    const bySingles = singles.filter((r) => r.status === 201).map((r) => AnnotationResponse.parse(r.body).annotation.id);
    const stored = (await liveAnnotations(slug)).filter((a) => a.kind === "position");
    // Each suggestion once, made by one side or the other; the accept-all answers (and will undo) only its own.
    expect(stored).toHaveLength(positions.length);
    expect([...accepted.annotations.map((a) => a.id), ...bySingles].sort()).toEqual(stored.map((a) => a.id).sort());
    const undo = await analyst.client.post(path(slug, `/undo/${accepted.undo}`));
    expect(UndoAcceptedSuggestions.parse(undo.body)).toEqual({ deleted: accepted.annotations.length, kept: 0 });
    expect((await liveAnnotations(slug)).map((a) => a.id).sort()).toEqual([...bySingles].sort());
  });
});

describe("undoing an accept-all", () => {
  /** An annotation's history and events as stored, without what differs between any two (IDs, times, the rule). */
  async function trail(id: string) {
    const history = await server.db.annotationChange.findMany({ where: { annotationId: id }, orderBy: { version: "asc" } });
    const events = await server.db.event.findMany({ where: { annotationId: id }, orderBy: { id: "asc" } });
    const removal = (p: unknown) => JSON.parse(JSON.stringify(p).replaceAll(id, "ID")) as unknown;
    return {
      history: history.map((h) => ({ version: h.version, action: h.action, actor: h.actorId, after: h.after === null })),
      deletedBefore: history.filter((h) => h.action === "deleted").map((h) => h.before),
      events: events.map((e) => ({ type: e.type, actor: e.actorId, statement: e.statementId })),
      removal: events.filter((e) => e.type === "annotation.deleted").map((e) => removal(e.payload)),
    };
  }

  it("leaves each undone annotation the history and event a normal delete leaves", async () => {
    const slug = await statement();
    const [one, ...rest] = (await list(analyst, slug)).items.filter((x) => x.kind === "position");
    // One accepted alone and deleted by hand; the rest accepted at once and undone.
    const single = AnnotationResponse.parse((await analyst.client.post(path(slug, `/${one!.id}/accept`), {})).body).annotation;
    const del = await analyst.client.delete(`/api/annotations/${single.id}?version=${single.version}`);
    expect(del.status, del.text).toBe(204);
    const res = await analyst.client.post(path(slug, "/accept"), { kind: "position", ids: rest.map((s) => s.id) });
    const accepted = AcceptedSuggestions.parse(res.body);
    expect(accepted.annotations).toHaveLength(rest.length);
    const undo = await analyst.client.post(path(slug, `/undo/${accepted.undo}`));
    expect(UndoAcceptedSuggestions.parse(undo.body)).toEqual({ deleted: rest.length, kept: 0 });

    const byHand = await trail(single.id);
    expect(byHand.history).toEqual([
      { version: 1, action: "created", actor: analyst.userId, after: false },
      { version: 2, action: "deleted", actor: analyst.userId, after: true },
    ]);
    expect(byHand.removal).toHaveLength(1);
    for (const a of accepted.annotations) {
      const undone = await trail(a.id);
      expect({ ...undone, deletedBefore: undefined }).toEqual({ ...byHand, deletedBefore: undefined });
      // The history keeps what was there before, as the normal delete's does.
      expect(undone.deletedBefore).toEqual([
        (await server.db.annotationChange.findFirstOrThrow({ where: { annotationId: a.id, version: 1 } })).after,
      ]);
    }
    expect(byHand.deletedBefore).toEqual([
      (await server.db.annotationChange.findFirstOrThrow({ where: { annotationId: single.id, version: 1 } })).after,
    ]);
    const stored = await server.db.annotation.findMany({ where: { id: { in: accepted.annotations.map((a) => a.id) } } });
    expect(stored.every((a) => a.deletedAt !== null && a.version === 2)).toBe(true);
  });
});

describe("the rules' figures", () => {
  it("find a workspace's accepted annotations through the partial index on their rule", async () => {
    const [index] = await server.db.$queryRaw<{ indexdef: string }[]>`
      SELECT indexdef FROM pg_indexes WHERE tablename = 'annotations' AND indexname = 'annotations_workspace_id_suggestion_rule_idx'`;
    expect(index?.indexdef).toMatch(/\(workspace_id, suggestion_rule\) WHERE \(suggestion_rule IS NOT NULL\)$/);
    // The figures' own condition, with sequential scans priced out as on a workspace of many drawn annotations.
    const plan = await server.db.$transaction(async (tx) => {
      await tx.$executeRaw`SET LOCAL enable_seqscan = off`;
      return tx.$queryRaw<{ "QUERY PLAN": string }[]>`
        EXPLAIN SELECT a.suggestion_rule, count(*) FROM annotations a
        WHERE a.workspace_id = ${admin.workspaceId}::uuid AND a.suggestion_rule IS NOT NULL AND a.deleted_at IS NULL
        GROUP BY a.suggestion_rule`;
    });
    expect(plan.map((r) => r["QUERY PLAN"]).join("\n")).toContain("annotations_workspace_id_suggestion_rule_idx");
  });
});

describe("exports", () => {
  it("keep where an annotation came from: the CSV's last column, the JSON's provenance, the W3C document's verbatim:provenance", async () => {
    const slug = await statement();
    const s = (await list(analyst, slug)).items.find((x) => x.rule === "instrument-name")!;
    const accepted = AnnotationResponse.parse((await analyst.client.post(path(slug, `/${s.id}/accept`), {})).body).annotation;
    const drawn = await analyst.client.post(`/api/statements/${slug}/annotations`, {
      kind: "position",
      target: { paragraphId: "p3", start: 3, end: 10 },
      attributes: { stance: "condemns" },
    });
    const drawnId = AnnotationResponse.parse(drawn.body).annotation.id;
    const download = async (format: string) => {
      const cookie = [...analyst.client.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
      const res = await fetch(`${server.url}/api/exports?format=${format}&statement=${encodeURIComponent(slug)}`, { headers: { cookie } });
      const text = await res.text();
      expect(res.status, text.slice(0, 500)).toBe(200);
      return text;
    };

    const [header, ...rows] = parse(await download("csv")) as string[][];
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(header?.at(-1)).toBe("provenance");
    const id = header!.indexOf("annotation_id");
    const csvProvenance = new Map(rows.map((r) => [r[id], r.at(-1)]));
    expect(Object.fromEntries(csvProvenance)).toEqual({ [accepted.id]: "suggestion:instrument-name", [drawnId]: "" });

    const json = JsonExport.parse(JSON.parse(await download("json")));
    expect(Object.fromEntries(json.items.map((a) => [a.id, a.provenance]))).toEqual({
      [accepted.id]: { source: "suggestion", rule: "instrument-name" },
      [drawnId]: null,
    });

    const w3c = JSON.parse(await download("w3c")) as { first: { items: Record<string, unknown>[] } };
    expect(checkW3c(w3c, "suggestion-provenance").problems).toEqual([]);
    const byIri = new Map(w3c.first.items.map((a) => [String(a["id"]).split("/").at(-1), a["verbatim:provenance"] ?? null]));
    expect(Object.fromEntries(byIri)).toEqual({ [accepted.id]: "suggestion:instrument-name", [drawnId]: null });
  });
});
