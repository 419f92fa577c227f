import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FINISHED_JOB_DAYS, forgetFinishedJobs } from "../src/jobs/job-state.ts";
import { type Member, setUp } from "./support/factories.ts";
import { startTestServer, type TestServer } from "./support/test-server.ts";

let server: TestServer;
let admin: Member;
beforeAll(async () => {
  server = await startTestServer();
  admin = await setUp(server);
});
afterAll(() => server.stop());

const DAY = 24 * 60 * 60 * 1000;

async function job(state: "queued" | "running" | "succeeded" | "failed", ageDays: number): Promise<string> {
  const id = randomUUID();
  const at = new Date(Date.now() - ageDays * DAY);
  const ended = state === "succeeded" || state === "failed";
  await server.db.job.create({
    data: {
      id,
      workspaceId: admin.workspaceId,
      createdById: admin.userId,
      kind: "import",
      state,
      progress: { stage: "queued", done: 0, total: 0 },
      createdAt: at,
      finishedAt: ended ? at : null,
    },
  });
  return id;
}

describe("forgetting old jobs", () => {
  it(`deletes jobs that ended over ${FINISHED_JOB_DAYS} days ago, and keeps recent and unfinished ones`, async () => {
    const old = [await job("succeeded", FINISHED_JOB_DAYS + 1), await job("failed", FINISHED_JOB_DAYS + 5)];
    const kept = [
      await job("succeeded", FINISHED_JOB_DAYS - 1),
      await job("failed", 0),
      await job("queued", FINISHED_JOB_DAYS + 10),
      await job("running", FINISHED_JOB_DAYS + 10),
    ];
    expect(await forgetFinishedJobs(server.db)).toBe(old.length);
    const left = await server.db.job.findMany({ where: { id: { in: [...old, ...kept] } }, select: { id: true } });
    expect(left.map((row) => row.id).sort()).toEqual([...kept].sort());
  });
});
