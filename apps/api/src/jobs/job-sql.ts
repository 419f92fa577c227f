import type { JobKind } from "@verbatim/contract";
import type pg from "pg";
import type { JobOwner } from "./job-definition.ts";

/** Runs `work` on one connection in one transaction: our job row and pg-boss's job commit together, or neither. */
export async function inPgTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const result = await work(client);
    await client.query("COMMIT");
    return result;
  } catch (e) {
    await client.query("ROLLBACK").catch(() => {});
    throw e;
  } finally {
    client.release();
  }
}

/** Our record of a job, queued: on the pg-boss connection's transaction, since pg-boss cannot join Prisma's. */
export async function insertQueuedJob(
  client: pg.PoolClient,
  job: { id: string; kind: JobKind; owner: JobOwner; progress: object },
): Promise<void> {
  await client.query(
    `INSERT INTO jobs (id, workspace_id, created_by, kind, state, progress, updated_at)
     VALUES ($1, $2, $3, $4, 'queued', $5, now())`,
    [job.id, job.owner.workspaceId, job.owner.userId, job.kind, JSON.stringify(job.progress)],
  );
}
