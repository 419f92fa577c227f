import type { PlacementPage, PlacementsQuery } from "@verbatim/contract";
import type { Actor } from "../../auth/actor.ts";
import type { Db } from "../../db/database.ts";
import { decodeCursor, encodeCursor } from "../../http/keyset-cursor.ts";
import { presentAnnotationFor } from "../annotations/annotation-for-viewer.ts";
import { presentAnnotationWithReviewSqlRow } from "../annotations/annotation-sql-row.ts";
import { findStatement } from "../statements/find-statement.ts";
import { nowContext, wasContext, wasRevision } from "./placement-context.ts";
import { canPlaceAnnotation } from "./placing-policy.ts";
import { blocksOfRevisions, countWaiting, readWaitingRows, revisionKey } from "./placements-sql.ts";

/**
 * What waits to be placed, oldest first, each with where its words were beside the current text. The texts of the
 * revisions a page needs are read in one query (a page spans few statements and fewer revisions).
 */
export async function listPlacements(db: Db, opts: { actor: Actor; query: PlacementsQuery }): Promise<PlacementPage> {
  const { actor, query } = opts;
  const statementId = query.statement ? (await findStatement(db, actor.workspaceId, query.statement)).id : undefined;
  const after = decodeCursor(query.cursor);
  const [rows, counts] = await Promise.all([
    readWaitingRows(db, { workspaceId: actor.workspaceId, statementId, states: query.state, after, limit: query.limit + 1 }),
    countWaiting(db, actor.workspaceId, statementId),
  ]);
  const page = rows.slice(0, query.limit);
  const views = page.map((r) => presentAnnotationWithReviewSqlRow(r, { id: r.statement_id, slug: r.slug }));
  const wanted = page.flatMap((r, i) => [
    { statementId: r.statement_id, revision: r.current_revision },
    { statementId: r.statement_id, revision: wasRevision(views[i]!) },
  ]);
  const blocks = await blocksOfRevisions(db, wanted);
  const present = presentAnnotationFor(actor);
  const last = page[page.length - 1];
  return {
    items: page.map((r, i) => {
      const view = views[i]!;
      const old = blocks.get(revisionKey(r.statement_id, wasRevision(view))) ?? [];
      const now = nowContext(view, blocks.get(revisionKey(r.statement_id, r.current_revision)) ?? [], old);
      return {
        annotation: present(view),
        statement: { id: r.statement_id, slug: r.slug, title: r.title, revision: r.current_revision },
        was: wasContext(view, old),
        ...(now ? { now } : {}),
        can: { place: canPlaceAnnotation(actor, view.author.id) },
      };
    }),
    nextCursor: rows.length > query.limit && last ? encodeCursor(last.created_at, last.id) : null,
    counts,
  };
}
