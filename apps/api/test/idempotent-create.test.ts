import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectError, expectValidationIssues } from "./support/assertions.ts";
import { expectUnchanged } from "./support/db-snapshot.ts";
import { importStatement, member, type Member, setUp, signIn } from "./support/factories.ts";
import { startTestServer, type TestServer } from "./support/test-server.ts";

let server: TestServer;
let analyst: Member;
let other: Member;
let slug: string;
beforeAll(async () => {
  server = await startTestServer();
  const admin = await setUp(server);
  analyst = await member(server, admin.workspaceId, "analyst");
  other = await member(server, admin.workspaceId, "analyst");
  slug = (await importStatement(analyst.client)).slug;
});
afterAll(() => server.stop());

const body = (start = 3) => ({ kind: "position", target: { paragraphId: "p2", start, end: 10 }, attributes: { stance: "welcomes" } });
const create = (who: Member, key: string | undefined, json: unknown = body()) =>
  who.client.post(`/api/statements/${slug}/annotations`, json, key === undefined ? {} : { headers: { "idempotency-key": key } });
const counts = async () => ({
  annotations: await server.db.annotation.count(),
  events: await server.db.event.count({ where: { type: "annotation.created" } }),
});

describe("POST /api/statements/:idOrSlug/annotations with an Idempotency-Key", () => {
  it("answers a retry with the first answer: one annotation, one event", async () => {
    const before = await counts();
    const first = await create(analyst, "save-1");
    expect(first.status, first.text).toBe(201);
    expect(first.headers.get("idempotent-replayed")).toBeNull();
    const retry = await create(analyst, "save-1", {
      attributes: { stance: "welcomes" },
      target: { end: 10, start: 3, paragraphId: "p2" },
      kind: "position",
    });
    expect(retry.status).toBe(201);
    expect(retry.headers.get("idempotent-replayed")).toBe("true");
    expect(retry.body).toEqual(first.body);
    expect(await counts()).toEqual({ annotations: before.annotations + 1, events: before.events + 1 });
  });

  it("the same key from another session of the same user is the same key; another user's is not", async () => {
    const first = await create(analyst, "save-2");
    const again = await create({ ...analyst, client: await signIn(server, analyst.email) }, "save-2");
    expect(again.body.annotation.id).toBe(first.body.annotation.id);
    const theirs = await create(other, "save-2");
    expect(theirs.status).toBe(201);
    expect(theirs.headers.get("idempotent-replayed")).toBeNull();
    expect(theirs.body.annotation.id).not.toBe(first.body.annotation.id);
  });

  it("concurrent retries of one save create one annotation", async () => {
    const before = await counts();
    const answers = await Promise.all(Array.from({ length: 8 }, () => create(analyst, "save-3", body(4))));
    expect(answers.map((a) => a.status)).toEqual(Array(8).fill(201));
    expect(new Set(answers.map((a) => a.body.annotation.id)).size).toBe(1);
    expect(answers.filter((a) => a.headers.get("idempotent-replayed") === null)).toHaveLength(1);
    expect(await counts()).toEqual({ annotations: before.annotations + 1, events: before.events + 1 });
  });

  it("refuses the key with a different request (422 idempotency_key_reused), on this statement or another", async () => {
    await create(analyst, "save-4");
    await expectUnchanged(server.db, async () => {
      expectError(await create(analyst, "save-4", body(5)), 422, "idempotency_key_reused");
      const elsewhere = await importStatement(analyst.client, { title: "Elsewhere", delegation: "Syldavia" });
      expectError(
        await analyst.client.post(`/api/statements/${elsewhere.slug}/annotations`, body(), { headers: { "idempotency-key": "save-4" } }),
        422,
        "idempotency_key_reused",
      );
      await server.db.statement.delete({ where: { id: elsewhere.id } });
    });
  });

  it("stores no failed create: its retry runs again", async () => {
    const bad = { ...body(), target: { paragraphId: "p99", start: 0, end: 2 } };
    expectError(await create(analyst, "save-5", bad), 422, "invalid_target");
    expectError(await create(analyst, "save-5", bad), 422, "invalid_target");
    expect(await server.db.idempotencyKey.count({ where: { key: "save-5" } })).toBe(0);
    expect((await create(analyst, "save-5")).status).toBe(201);
  });

  it("forgets keys after 24 hours", async () => {
    const first = await create(analyst, "save-6");
    await server.db.$executeRaw`UPDATE idempotency_keys SET created_at = now() - interval '25 hours' WHERE key = 'save-6'`;
    const later = await create(analyst, "save-6");
    expect(later.status).toBe(201);
    expect(later.headers.get("idempotent-replayed")).toBeNull();
    expect(later.body.annotation.id).not.toBe(first.body.annotation.id);
  });

  it("refuses an empty key or one over 200 characters (400), and works without one", async () => {
    await expectUnchanged(server.db, async () => {
      expectValidationIssues(await create(analyst, ""));
      expectValidationIssues(await create(analyst, "k".repeat(201)));
    });
    expect((await create(analyst, "k".repeat(200))).status).toBe(201);
    const a = await create(analyst, undefined);
    const b = await create(analyst, undefined);
    expect(a.body.annotation.id).not.toBe(b.body.annotation.id);
  });
});
