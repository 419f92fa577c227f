import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { annotate, importStatement, member, type Member, newWorkspace, SAMPLE_TEXT, setUp } from "./support/factories.ts";
import { startTestServer, type TestServer } from "./support/test-server.ts";

type Json = Record<string, any>;

let server: TestServer;
/** Workspace S, where the annotations are made, reviewed and exported. */
let ana: Member;
let otto: Member;
let sourceReviewer: Member;
/** Desks that import them: one through a reviewer, one through an analyst; Ana is a member of both, Otto of neither. */
let rex: Member;
let ian: Member;
let slug: string;
let exported: { first: { items: Json[] } };
/** The exported annotations by name. */
const source: Record<"accepted" | "disputed" | "proposed" | "outsider", Json> = {} as never;

const importW3c = (m: Member, body: unknown) => m.client.post("/api/imports/w3c", body);
const nameOfSource = (iri: unknown) => Object.entries(source).find(([, x]) => x.id === iri)?.[0];

async function desk(role: "reviewer" | "analyst", name: string): Promise<Member> {
  const workspaceId = await newWorkspace(server, `Desk of ${name}`);
  const importer = await member(server, workspaceId, role, name);
  await server.db.membership.create({ data: { userId: ana.userId, workspaceId, role: "analyst" } });
  expect((await importStatement(importer.client)).slug).toBe(slug);
  return importer;
}

beforeAll(async () => {
  server = await startTestServer();
  const admin = await setUp(server);
  ana = await member(server, admin.workspaceId, "analyst", "Ana Creator");
  otto = await member(server, admin.workspaceId, "analyst", "Otto Outsider");
  sourceReviewer = await member(server, admin.workspaceId, "reviewer", "Sara Source");
  slug = (await importStatement(ana.client)).slug;
  const p2 = SAMPLE_TEXT.split("\n\n")[1]!;
  const tag = async (m: Member, quote: string) => {
    const start = p2.indexOf(quote);
    return (await annotate(m.client, slug, { target: { paragraphId: "p2", start, end: start + quote.length } })).id as string;
  };
  const review = async (id: string, status: string) =>
    expect((await sourceReviewer.client.post(`/api/annotations/${id}/reviews`, { status, version: 1 })).status).toBe(200);
  const made = {
    accepted: await tag(ana, "welcome the report"),
    disputed: await tag(ana, "the Secretary-General"),
    proposed: await tag(ana, "thank the briefers"),
    outsider: await tag(otto, "We welcome"),
  };
  await review(made.accepted, "accepted");
  await review(made.disputed, "disputed");
  await review(made.outsider, "accepted");
  const res = await ana.client.get(`/api/exports?format=w3c&statement=${slug}`);
  expect(res.status, res.text).toBe(200);
  exported = JSON.parse(res.text);
  for (const [name, id] of Object.entries(made)) {
    source[name as keyof typeof source] = exported.first.items.find((x) => String(x.id).endsWith(`/api/annotations/${id}`))!;
  }
  expect(source.accepted).toMatchObject({ creator: { name: "Ana Creator" }, "verbatim:status": "accepted" });
  rex = await desk("reviewer", "Rex Reviewer");
  ian = await desk("analyst", "Ian Analyst");
});
afterAll(() => server.stop());

async function importedHistory(annotationId: string) {
  return server.db.annotationChange.findFirstOrThrow({ where: { annotationId, action: "imported" } });
}

describe("POST /api/imports/w3c: creator and review status", () => {
  let imported: Map<string, Json>;

  it("keeps a member creator and the review status when a reviewer imports, with the review behind the status", async () => {
    const res = await importW3c(rex, exported);
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({ imported: 4, credited: 3, fuzzy: 0, skipped: [] });
    imported = new Map(
      await Promise.all(
        (res.body.annotations as Json[]).map(async (a) => {
          const change = await importedHistory(a.id);
          return [nameOfSource((change.after as Json).importedFrom.id)!, a] as [string, Json];
        }),
      ),
    );
    const creator = { id: ana.userId, name: "Ana Creator" };
    expect(imported.get("accepted")).toMatchObject({
      author: creator,
      status: "accepted",
      review: { status: "accepted", reviewer: { id: rex.userId } },
    });
    expect(imported.get("disputed")).toMatchObject({ author: creator, status: "disputed", review: { status: "disputed" } });
    expect(imported.get("proposed")).toMatchObject({ author: creator, status: "proposed", review: null });
    const reviews = await server.db.review.findMany({ where: { annotationId: imported.get("accepted")!.id } });
    expect(reviews).toMatchObject([{ reviewerId: rex.userId, status: "accepted", annotationVersion: 1 }]);
    // What the reader lists, and what the history says, agree with the report.
    const listed = await rex.client.get(`/api/statements/${slug}/annotations`);
    expect(listed.body.items.find((a: Json) => a.id === imported.get("accepted")!.id)).toMatchObject({
      status: "accepted",
      author: creator,
    });
    const history = await rex.client.get(`/api/annotations/${imported.get("accepted")!.id}/history`);
    expect(history.body.items.map((i: Json) => [i.action, i.actor.id])).toEqual([
      ["imported", rex.userId],
      ["reviewed", rex.userId],
    ]);
    const change = await importedHistory(imported.get("accepted")!.id);
    expect(change.after).toMatchObject({
      status: "accepted",
      importedFrom: { creator: { name: "Ana Creator" }, status: "accepted", kept: true },
    });
  });

  it("credits the importing reviewer, proposed, when the creator is not a member, keeping the source's in the history", async () => {
    const outsider = imported.get("outsider")!;
    expect(outsider).toMatchObject({ author: { id: rex.userId }, status: "proposed", review: null });
    expect((await importedHistory(outsider.id)).after).toMatchObject({
      status: "proposed",
      importedFrom: { creator: { id: expect.stringContaining(otto.userId), name: "Otto Outsider" }, status: "accepted", kept: false },
    });
    expect(await server.db.review.count({ where: { annotationId: outsider.id } })).toBe(0);
  });

  it("credits the importing analyst, proposed, whoever the creator is, keeping the source's creator and status in the history", async () => {
    const res = await importW3c(ian, exported);
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({ imported: 4, credited: 0 });
    for (const a of res.body.annotations as Json[]) {
      expect(a).toMatchObject({ author: { id: ian.userId, name: "Ian Analyst" }, status: "proposed", review: null });
      const from = ((await importedHistory(a.id)).after as Json).importedFrom;
      expect(from.kept).toBe(false);
      expect(from.status).toBe(source[nameOfSource(from.id) as keyof typeof source]["verbatim:status"]);
      expect(from.creator.name).toBe(source[nameOfSource(from.id) as keyof typeof source].creator.name);
    }
    expect(await server.db.review.count({ where: { annotationId: { in: res.body.annotations.map((a: Json) => a.id) } } })).toBe(0);
  });

  it("finds a member from another server's export by email, else by a name only one member has; a known non-member's IRI settles it", async () => {
    const copy = (creator: unknown): Json => ({ ...source.accepted, id: `https://other.example/api/annotations/${randomUUID()}`, creator });
    const elsewhere = `https://other.example/api/users/${randomUUID()}`;
    const items = [
      copy({ id: elsewhere, type: "Person", name: "  ana  creator " }),
      copy({ id: `mailto:${ana.email.toUpperCase()}`, type: "Person" }),
      copy({ id: `${server.url}/api/users/${otto.userId}`, type: "Person", name: "Ana Creator" }),
      copy({ id: elsewhere, type: "Person", name: "Nobody Here" }),
    ];
    const res = await importW3c(rex, items);
    expect(res.status, res.text).toBe(200);
    expect(res.body.annotations.map((a: Json) => [a.author.id, a.status])).toEqual([
      [ana.userId, "accepted"],
      [ana.userId, "accepted"],
      [rex.userId, "proposed"],
      [rex.userId, "proposed"],
    ]);
  });

  it("does not credit a name that two members share", async () => {
    await member(server, rex.workspaceId, "viewer", "Ana Creator");
    const item = { ...source.accepted, id: `https://other.example/api/annotations/${randomUUID()}`, creator: { name: "Ana Creator" } };
    const res = await importW3c(rex, item);
    expect(res.body.annotations[0]).toMatchObject({ author: { id: rex.userId }, status: "proposed" });
  });
});
