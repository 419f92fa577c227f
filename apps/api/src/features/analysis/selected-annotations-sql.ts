import { Prisma } from "../../generated/prisma/client.ts";
import { allOf, annotationFilters, type Filters, statementFilters } from "../search/search-where-sql.ts";

/**
 * The annotations passages and the matrix count (issue 17), as an export with the same filters selects them: live
 * annotations `a` of live statements `s` of the workspace whose words are still in the current text (anchored or
 * fuzzy; an orphan is counted nowhere until it is placed again).
 */
export const SELECTED_FROM = Prisma.sql`annotations a JOIN statements s ON s.id = a.statement_id`;

/** The conditions on `a` and `s`: the workspace, liveness, and every filter. */
export function selectedWhere(workspaceId: string, filters: Filters): Prisma.Sql {
  return allOf([
    Prisma.sql`a.workspace_id = ${workspaceId}::uuid`,
    Prisma.sql`s.deleted_at IS NULL`,
    Prisma.sql`a.deleted_at IS NULL`,
    Prisma.sql`a.anchor_state <> 'orphaned'`,
    ...statementFilters(filters),
    ...annotationFilters(filters),
  ]);
}
