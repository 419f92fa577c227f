import { randomUUID } from "node:crypto";
import { type Job, type JobKind, JobResponse } from "@verbatim/contract";
import { expect } from "vitest";
import type { Db } from "../../src/db/database.ts";
import { SYNC_IMPORT_CHARS } from "../../src/features/statements/import-size.ts";
import type { ApiClient } from "./api-client.ts";
import type { Member } from "./factories.ts";

/** Paragraphs enough to make a text longer than an import takes in its request (each, with its blank line, is 46 characters or more). */
export const LONG_TEXT_PARAGRAPHS = Math.ceil(SYNC_IMPORT_CHARS / 46) + 1;

/** A text an import makes a job of: LONG_TEXT_PARAGRAPHS short paragraphs. */
export function longText(): string {
  return Array.from({ length: LONG_TEXT_PARAGRAPHS }, (_, i) => `Paragraph ${i + 1} of a long record says one thing.`).join("\n\n");
}

/** A text as long, with no paragraph in it: only separators, which an import drops. */
export const longTextWithoutParagraphs = (): string => "* * *\n\n".repeat(Math.ceil(SYNC_IMPORT_CHARS / 7) + 1);

/**
 * Polls GET /api/jobs/:id until the job has ended. The deadline only turns "never" into a failure: it is far above what
 * a job takes, even on a loaded machine.
 */
export async function jobEnded(client: ApiClient, id: string, deadlineMs = 120_000): Promise<Job> {
  const until = Date.now() + deadlineMs;
  for (;;) {
    const res = await client.get(`/api/jobs/${id}`);
    expect(res.status, res.text).toBe(200);
    const { job } = JobResponse.parse(res.body);
    if (job.state === "succeeded" || job.state === "failed") return job;
    if (Date.now() > until) throw new Error(`job ${id} is still ${job.state} after ${deadlineMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** A job row, queued and never delivered (no pg-boss job): what GET /api/jobs/:id reads, for the route-wide tests. */
export async function storedJob(db: Db, owner: Pick<Member, "workspaceId" | "userId">, kind: JobKind = "import"): Promise<string> {
  const { id } = await db.job.create({
    data: {
      id: randomUUID(),
      workspaceId: owner.workspaceId,
      createdById: owner.userId,
      kind,
      progress: { schema: 1, stage: "queued", done: 0, total: 0 },
    },
  });
  return id;
}
