import pino from "pino";
import { ImportJobResult } from "@verbatim/contract";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SYNC_IMPORT_CHARS } from "../src/features/statements/import-size.ts";
import { storedDelivery } from "../src/jobs/job-records.ts";
import { giveUpJob, runJob } from "../src/jobs/run-job.ts";
import { ApiClient } from "./support/api-client.ts";
import { expectError, recordServerErrors } from "./support/assertions.ts";
import { expectUnchanged } from "./support/db-snapshot.ts";
import { member, type Member, newWorkspace, setUp } from "./support/factories.ts";
import { jobEnded, LONG_TEXT_PARAGRAPHS, longText, longTextWithoutParagraphs, storedJob } from "./support/jobs.ts";
import { startTestServer, type TestServer } from "./support/test-server.ts";

let server: TestServer;
let admin: Member;
let analyst: Member;
const failures: string[] = [];
beforeAll(async () => {
  server = await startTestServer({ jobs: {} });
  admin = await setUp(server);
  analyst = await member(server, admin.workspaceId, "analyst");
  recordServerErrors(analyst.client, failures);
});
afterAll(async () => {
  await server.stop();
  expect(failures, "responses with status 500").toEqual([]);
});

const content = longText();
const longImport = { title: "A long record", format: "text", content };

describe("an import longer than a request takes", () => {
  it("answers 202 with a job, which stores the statement with all its paragraphs and ends succeeded", async () => {
    expect(content.length).toBeGreaterThan(SYNC_IMPORT_CHARS);
    const res = await analyst.client.post("/api/statements", longImport);
    expect(res.status, res.text.slice(0, 300)).toBe(202);
    expect(res.body.job).toMatchObject({ kind: "import", result: null, error: null, finishedAt: null });
    expect(["queued", "running"]).toContain(res.body.job.state);

    const job = await jobEnded(analyst.client, res.body.job.id);
    expect(job).toMatchObject({ state: "succeeded", error: null, result: { statement: { title: "A long record" } } });
    expect(job.progress.total).toBeGreaterThan(0);
    expect(job.progress.done).toBe(job.progress.total);
    expect(job.finishedAt).not.toBeNull();

    const made = ImportJobResult.parse(job.result);
    const stored = await analyst.client.get(`/api/statements/${made.statement.slug}`);
    expect(stored.status).toBe(200);
    expect(stored.body.statement.id).toBe(made.statement.id);
    const n = LONG_TEXT_PARAGRAPHS;
    expect(stored.body.statement.paragraphs).toHaveLength(n);
    expect(stored.body.statement.paragraphs.at(-1)).toMatchObject({ id: `p${n}`, text: `Paragraph ${n} of a long record says one thing.` });
  });

  it("fails with invalid_content, storing nothing, when the text holds no paragraphs", async () => {
    const before = await server.db.statement.count();
    const content = longTextWithoutParagraphs();
    expect(content.length).toBeGreaterThan(SYNC_IMPORT_CHARS);
    const res = await analyst.client.post("/api/statements", { title: "Only separators", format: "text", content });
    expect(res.status, res.text.slice(0, 300)).toBe(202);
    const job = await jobEnded(analyst.client, res.body.job.id);
    expect(job).toMatchObject({ state: "failed", result: null, error: { code: "invalid_content" } });
    expect(await server.db.statement.count()).toBe(before);
  });

  it("keeps a short import in its request: 201 with the statement", async () => {
    const res = await analyst.client.post("/api/statements", { title: "Short", format: "text", content: "One paragraph." });
    expect(res.status, res.text).toBe(201);
    expect(res.body.statement.paragraphs).toHaveLength(1);
  });
});

describe("who may start and see a job", () => {
  it("refuses a viewer as a short import does (403), queueing nothing", async () => {
    const viewer = await member(server, admin.workspaceId, "viewer");
    await expectUnchanged(server.db, async () => {
      expectError(await viewer.client.post("/api/statements", longImport), 403, "forbidden");
    });
  });

  it("answers 404 to another workspace's member and 401 without credentials", async () => {
    const id = await storedJob(server.db, analyst);
    expect((await admin.client.get(`/api/jobs/${id}`)).status).toBe(200);
    const outsider = await member(server, await newWorkspace(server, "Elsewhere"), "admin");
    expectError(await outsider.client.get(`/api/jobs/${id}`), 404, "not_found");
    expectError(await new ApiClient(server.url).get(`/api/jobs/${id}`), 401, "unauthenticated");
  });
});

describe("delivery at least once", () => {
  // What the server's own workers get, for deliveries made by hand.
  const deps = () => ({ db: server.db, work: server.work, logger: pino({ level: "silent" }) });
  const input = (title: string) => ({ schema: 1, title, format: "text", content: "First paragraph.\n\nSecond paragraph." });
  const count = (title: string) => server.db.statement.count({ where: { title } });

  it("stores one statement when a job is delivered twice at once, and again after it ended", async () => {
    const id = await storedJob(server.db, analyst);
    const delivery = storedDelivery(id, input("Delivered twice"));
    await Promise.all([runJob(deps(), delivery), runJob(deps(), delivery)]);
    expect(await count("Delivered twice")).toBe(1);
    await runJob(deps(), delivery);
    expect(await count("Delivered twice")).toBe(1);
    const job = await jobEnded(analyst.client, id);
    expect(job).toMatchObject({ state: "succeeded", result: { statement: { title: "Delivered twice" } } });
  });

  it("ends a job failed with internal once pg-boss has spent its retries, unless it has already ended", async () => {
    const id = await storedJob(server.db, analyst);
    const delivery = storedDelivery(id, input("Given up"));
    await giveUpJob(deps(), delivery);
    expect(await jobEnded(analyst.client, id)).toMatchObject({ state: "failed", error: { code: "internal" } });
    await runJob(deps(), delivery);
    expect(await count("Given up")).toBe(0);
  });
});

describe("a restart", () => {
  it("resumes a job queued by a server that stopped before working it", async () => {
    const first = await startTestServer({ jobs: { work: false } });
    const owner = await setUp(first);
    const res = await owner.client.post("/api/statements", { ...longImport, title: "Queued before a restart" });
    expect(res.status, res.text.slice(0, 300)).toBe(202);
    expect((await owner.client.get(`/api/jobs/${res.body.job.id}`)).body.job.state).toBe("queued");
    await first.stop({ keepDatabase: true });

    const second = await startTestServer({ database: first.databaseUrl, jobs: {} });
    const client = new ApiClient(second.url);
    for (const [name, value] of owner.client.cookies) client.cookies.set(name, value);
    const job = await jobEnded(client, res.body.job.id);
    expect(job).toMatchObject({ state: "succeeded", result: { statement: { title: "Queued before a restart" } } });
    await second.stop();
  });
});
