import type { ReviewQueueQuery } from "@verbatim/contract";
import { Prisma } from "../../generated/prisma/client.ts";

/** The queue's filters; each facet is counted under every filter but its own. */
export type QueueFilter = Pick<ReviewQueueQuery, "statement" | "author" | "kind" | "label" | "status">;
type Dimension = "statement" | "author";

/** The WHERE clause over `a` (annotations) and `s` (statements) for a workspace's queue, leaving out one filter if asked. */
export function queueWhere(workspaceId: string, f: QueueFilter, without?: Dimension): Prisma.Sql {
  const parts = [
    Prisma.sql`a.workspace_id = ${workspaceId}::uuid`,
    Prisma.sql`a.deleted_at IS NULL`,
    Prisma.sql`a.status::text IN (${Prisma.join(f.status)})`,
  ];
  if (f.statement && without !== "statement") parts.push(Prisma.sql`s.slug IN (${Prisma.join(f.statement)})`);
  if (f.author && without !== "author") parts.push(Prisma.sql`a.author_id = ${f.author}::uuid`);
  if (f.kind) parts.push(Prisma.sql`a.kind::text IN (${Prisma.join(f.kind)})`);
  if (f.label) parts.push(Prisma.sql`${f.label} = ANY(a.labels)`);
  return Prisma.join(parts, " AND ");
}
