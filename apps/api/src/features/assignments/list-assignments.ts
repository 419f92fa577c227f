import { type AssignmentPage, type ListAssignmentsQuery, Uuid } from "@verbatim/contract";
import type { Actor } from "../../auth/actor.ts";
import type { Db } from "../../db/database.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import { decodeOffsetCursor, encodeOffsetCursor } from "../../http/offset-cursor.ts";
import { ASSIGNMENT_INCLUDE, ASSIGNMENT_ORDER, presentAssignmentFor } from "./assignment.ts";

/** The workspace's assignments under the filters, soonest due first; every member may read who is doing what. */
export async function listAssignments(db: Db, opts: { actor: Actor; query: ListAssignmentsQuery }): Promise<AssignmentPage> {
  const { actor, query } = opts;
  const offset = decodeOffsetCursor(query.cursor);
  const rows = await db.assignment.findMany({
    where: assignmentWhere(actor, query),
    include: ASSIGNMENT_INCLUDE,
    orderBy: ASSIGNMENT_ORDER,
    skip: offset,
    // One more than a page, to tell whether another follows.
    take: query.limit + 1,
  });
  return {
    items: rows.slice(0, query.limit).map(presentAssignmentFor(actor)),
    nextCursor: rows.length > query.limit ? encodeOffsetCursor(offset + query.limit) : null,
  };
}

function assignmentWhere(actor: Actor, q: ListAssignmentsQuery): Prisma.AssignmentWhereInput {
  const statement = q.statement;
  return {
    workspaceId: actor.workspaceId,
    ...(q.assignee ? { assigneeId: q.assignee === "me" ? actor.userId : q.assignee } : {}),
    // A deleted statement's assignments wait, out of sight, until it is restored.
    statement: {
      deletedAt: null,
      ...(statement ? { OR: [{ slug: statement }, ...(Uuid.safeParse(statement).success ? [{ id: statement }] : [])] } : {}),
    },
    ...(q.task ? { task: q.task } : {}),
    ...(q.state === "all" ? {} : { doneAt: q.state === "open" ? null : { not: null } }),
  };
}
