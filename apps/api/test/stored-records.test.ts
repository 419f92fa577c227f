import { CommentEvent } from "@verbatim/contract";
import { describe, expect, it } from "vitest";
import { annotate } from "./support/factories.ts";
import { openSseAs, type SseMessage } from "./support/sse-client.ts";
import { statementFixture } from "./support/statement-fixture.ts";

// Events and idempotent answers keep domain records with a schema version, presented when read: records written
// before versions existed (the API's objects of their day) must still be read, and a newer schema skipped.
const f = statementFixture();
const lastEventId = async (annotationId: string) =>
  (await f.server.db.event.findFirstOrThrow({ where: { annotationId }, orderBy: { id: "desc" } })).id.toString();
const rewrite = (id: string, sql: string) => f.server.db.$executeRawUnsafe(`UPDATE events SET payload = ${sql} WHERE id = $1::bigint`, id);

async function streamAfter(eventId: string) {
  const conn = await openSseAs(f.analyst.client, `/api/statements/${f.slug}/events`, { "last-event-id": eventId });
  expect(conn.status, conn.errorText).toBe(200);
  return conn;
}

describe("stored records", () => {
  it("streams annotation events stored before records had a schema, and skips one of a newer schema", async () => {
    const start = await lastEventId((await annotate(f.analyst.client, f.slug)).id);
    const old = await annotate(f.analyst.client, f.slug, { target: { paragraphId: "p2", start: 11, end: 20 } });
    await rewrite(await lastEventId(old.id), `payload - 'schema' - 'review'`);
    const future = await annotate(f.analyst.client, f.slug, { target: { paragraphId: "p2", start: 21, end: 30 } });
    await rewrite(await lastEventId(future.id), `payload || '{"schema": 99}'::jsonb`);
    const after = await annotate(f.analyst.client, f.slug, { target: { paragraphId: "p3", start: 0, end: 5 } });

    const conn = await streamAfter(start);
    const isCreated = (id: string) => (m: SseMessage) => m.event === "annotation.created" && JSON.parse(m.data).annotation.id === id;
    await conn.waitFor(isCreated(after.id));
    conn.close();
    const created = conn.messages.filter((m) => m.event === "annotation.created").map((m) => JSON.parse(m.data).annotation);
    expect(created.map((a) => a.id)).toEqual([old.id, after.id]);
    expect(created[0]).toEqual({ ...old, review: null });
  });

  it("streams comment events stored as the API's comment object of their day", async () => {
    const annotation = await annotate(f.analyst.client, f.slug, { target: { paragraphId: "p3", start: 6, end: 12 } });
    const start = await lastEventId(annotation.id);
    const posted = await f.analyst.client.post(`/api/annotations/${annotation.id}/comments`, { body: "An older comment" });
    expect(posted.status, posted.text).toBe(201);
    const event = await f.server.db.event.findFirstOrThrow({ where: { type: "comment.created", annotationId: annotation.id } });
    await rewrite(
      event.id.toString(),
      `payload - 'schema' - 'bodyText' - 'bodyRich' || jsonb_build_object('body', payload->'bodyText', 'bodyDoc', payload->'bodyRich')`,
    );

    const conn = await streamAfter(start);
    const message = await conn.waitFor((m) => m.event === "comment.created");
    conn.close();
    const sent = CommentEvent.parse(JSON.parse(message.data));
    expect(sent.comment).toEqual(posted.body.comment);
  });

  it("lists stored annotation events of every schema it knows in the activity feed", async () => {
    const old = await annotate(f.analyst.client, f.slug, { target: { paragraphId: "p3", start: 13, end: 20 } });
    await rewrite(await lastEventId(old.id), `payload - 'schema' - 'review'`);
    const feed = await f.analyst.client.get(`/api/activity?statement=${f.slug}`);
    expect(feed.status, feed.text).toBe(200);
    const item = feed.body.items.find((i: { annotation: { id: string } | null }) => i.annotation?.id === old.id);
    expect(item.annotation).toEqual({ id: old.id, kind: "position", quote: old.quote.exact, paragraphId: "p3" });
  });

  it("replays an idempotent answer stored as the API's response of its day", async () => {
    const headers = { "idempotency-key": "stored-before-schemas" };
    const json = { kind: "position", target: { paragraphId: "p4", start: 0, end: 6 }, attributes: { stance: "urges" } };
    const first = await f.analyst.client.post(`/api/statements/${f.slug}/annotations`, json, { headers });
    expect(first.status, first.text).toBe(201);
    await f.server.db.$executeRaw`
      UPDATE idempotency_keys SET body = jsonb_build_object('annotation', body - 'schema' - 'review') WHERE key = 'stored-before-schemas'`;
    const replay = await f.analyst.client.post(`/api/statements/${f.slug}/annotations`, json, { headers });
    expect(replay.status).toBe(201);
    expect(replay.headers.get("idempotent-replayed")).toBe("true");
    expect(replay.body).toEqual(first.body);
  });
});
