import type { Db } from "../../db/database.ts";
import { AppError } from "../../http/app-error.ts";
import { presentJob } from "./job.ts";

/** One of the workspace's jobs; another workspace's is not found, as its statements are not. */
export async function getJob(db: Db, opts: { workspaceId: string; id: string }) {
  const row = await db.job.findFirst({ where: { id: opts.id, workspaceId: opts.workspaceId } });
  if (!row) throw new AppError("not_found", "job not found");
  return presentJob(row);
}
