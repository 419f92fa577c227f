import type { DbOrTx } from "../../db/in-transaction.ts";
import { notFound } from "../../http/app-error.ts";
import { ASSIGNMENT_INCLUDE, type AssignmentRow } from "./assignment.ts";

/** An assignment of the workspace; another workspace's is not found. */
export async function findAssignment(db: DbOrTx, workspaceId: string, id: string): Promise<AssignmentRow> {
  const row = await db.assignment.findFirst({ where: { id, workspaceId }, include: ASSIGNMENT_INCLUDE });
  if (!row) throw notFound("assignment");
  return row;
}
