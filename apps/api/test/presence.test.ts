import { Readers } from "@verbatim/contract";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LiveHub } from "../src/features/live/live-hub.ts";
import { importStatement, member, type Member, setUp } from "./support/factories.ts";
import { openSseAs, type SseConnection, type SseMessage } from "./support/sse-client.ts";
import { startTestServer, type TestServer } from "./support/test-server.ts";

let server: TestServer;
let admin: Member;
let ana: Member;
let rex: Member;
let slug: string;
let statementId: string;
beforeAll(async () => {
  server = await startTestServer({ live: { presenceMs: 200, staleSeconds: 2 } });
  admin = await setUp(server);
  ana = await member(server, admin.workspaceId, "analyst", "Ana Analyst");
  rex = await member(server, admin.workspaceId, "reviewer", "Rex Reviewer");
  ({ slug, id: statementId } = await importStatement(ana.client));
});
afterAll(() => server.stop());

const names = (m: SseMessage) => Readers.parse(JSON.parse(m.data)).readers.map((r) => r.name);
const readersNow = async (who: Member = admin) => {
  const res = await who.client.get(`/api/statements/${slug}/presence`);
  expect(res.status, res.text).toBe(200);
  return Readers.parse(res.body).readers.map((r) => r.name);
};
async function read(who: Member): Promise<SseConnection> {
  const conn = await openSseAs(who.client, `/api/statements/${slug}/events`);
  expect(conn.status).toBe(200);
  return conn;
}
const lastPresence = (conn: SseConnection) => conn.messages.filter((m) => m.event === "presence").at(-1);

describe("who is reading a statement", () => {
  it("lists distinct readers by name, announces arrivals and departures on the stream, and forgets closed streams", async () => {
    expect(await readersNow()).toEqual([]);
    const anaStream = await read(ana);
    await anaStream.waitFor((m) => m.event === "presence" && names(m).join() === "Ana Analyst");
    const rexStream = await read(rex);
    const rexTab2 = await read(rex);
    await anaStream.waitFor((m) => m.event === "presence" && names(m).join() === "Ana Analyst,Rex Reviewer");
    await rexTab2.waitFor((m) => m.event === "presence" && names(m).join() === "Ana Analyst,Rex Reviewer");
    expect(await readersNow()).toEqual(["Ana Analyst", "Rex Reviewer"]);

    rexStream.close();
    await new Promise((r) => setTimeout(r, 200));
    expect(await readersNow()).toEqual(["Ana Analyst", "Rex Reviewer"]);
    rexTab2.close();
    await expect.poll(() => lastPresence(anaStream) && names(lastPresence(anaStream)!).join(), { timeout: 2_000 }).toBe("Ana Analyst");
    expect(await readersNow()).toEqual(["Ana Analyst"]);
    anaStream.close();
    await expect.poll(() => readersNow(), { timeout: 2_000 }).toEqual([]);
  });

  it("keeps readers of open streams fresh, and sweeps (and announces) those no instance refreshes", async () => {
    const anaStream = await read(ana);
    await anaStream.waitFor((m) => m.event === "presence");
    // A reader whose instance died without cleaning up: nobody refreshes this row.
    await server.db.presence.create({
      data: { connectionId: crypto.randomUUID(), statementId, userId: rex.userId, instanceId: "gone-instance" },
    });
    await server.db.$executeRaw`SELECT pg_notify('verbatim_events', ${`presence:${statementId}`})`;
    await anaStream.waitFor((m) => m.event === "presence" && names(m).includes("Rex Reviewer"));
    await new Promise((r) => setTimeout(r, 3_000));
    expect(await readersNow()).toEqual(["Ana Analyst"]);
    expect(names(lastPresence(anaStream)!)).toEqual(["Ana Analyst"]);
    expect(await server.db.presence.count({ where: { instanceId: "gone-instance" } })).toBe(0);
    anaStream.close();
  });

  it("an instance that stops forgets its readers", async () => {
    const other = new LiveHub({ databaseUrl: server.databaseUrl, db: server.db, logger: pino({ level: "silent" }) });
    await other.start();
    await server.db.presence.create({
      data: { connectionId: crypto.randomUUID(), statementId, userId: ana.userId, instanceId: other.instanceId },
    });
    expect(await readersNow()).toEqual(["Ana Analyst"]);
    await other.stop();
    expect(await readersNow()).toEqual([]);
  });
});
