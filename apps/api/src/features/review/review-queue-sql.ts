import type { ReviewQueueQuery } from "@verbatim/contract";
import { Prisma } from "../../generated/prisma/client.ts";
import { allOf, annotationConditions, listOf } from "../annotations/annotation-sql.ts";

/** The queue's filters; each facet is counted under every filter but its own. */
export type QueueFilter = Pick<ReviewQueueQuery, "statement" | "author" | "kind" | "label" | "status">;
type Dimension = "statement" | "author";

/** The WHERE clause over `a` (annotations) and `s` (statements) for a workspace's queue, leaving out one filter if asked. */
export function queueWhere(workspaceId: string, f: QueueFilter, without?: Dimension): Prisma.Sql {
  const author = without === "author" ? undefined : listOf(f.author);
  const parts = [Prisma.sql`a.workspace_id = ${workspaceId}::uuid`, ...annotationConditions({ ...f, author, label: listOf(f.label) })];
  if (f.statement && without !== "statement") parts.push(Prisma.sql`s.slug = ANY(${f.statement}::text[])`);
  return allOf(parts);
}
