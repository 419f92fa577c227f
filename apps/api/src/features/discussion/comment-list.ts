import type { Comment } from "@verbatim/contract";
import type { Viewer } from "../../auth/actor.ts";
import type { Db } from "../../db/database.ts";
import { listComments } from "./comment-rows.ts";
import { findAnnotation } from "../annotations/find-annotation.ts";
import { findStatement } from "../statements/find-statement.ts";

/** Every comment on the statement's live annotations, oldest first: the reader loads them once. */
export async function listStatementComments(db: Db, opts: { viewer: Viewer; workspaceId: string; idOrSlug: string }): Promise<Comment[]> {
  const statement = await findStatement(db, opts.workspaceId, opts.idOrSlug);
  return listComments(db, { statementId: statement.id, workspaceId: opts.workspaceId, annotation: { deletedAt: null } }, opts.viewer);
}

export async function listAnnotationComments(
  db: Db,
  opts: { viewer: Viewer; workspaceId: string; annotationId: string },
): Promise<Comment[]> {
  const annotation = await findAnnotation(db, opts.workspaceId, opts.annotationId);
  return listComments(db, { annotationId: annotation.id, workspaceId: opts.workspaceId }, opts.viewer);
}
