import type { Db } from "../../db/database.ts";
import { countAnnotations } from "./count-annotations.ts";
import { presentStatementSummary } from "./statement.ts";

/** More than an admin would look through; the oldest deletions beyond it are still restorable by ID or slug. */
const MAX_LISTED = 500;

/** The workspace's deleted statements, most recently deleted first, with who deleted each. */
export async function deletedStatements(db: Db, workspaceId: string) {
  const rows = await db.statement.findMany({
    where: { workspaceId, deletedAt: { not: null } },
    orderBy: [{ deletedAt: "desc" }, { id: "asc" }],
    take: MAX_LISTED,
  });
  const deleterIds = [...new Set(rows.flatMap((r) => (r.deletedById ? [r.deletedById] : [])))];
  const [counts, deleters] = await Promise.all([
    countAnnotations(
      db,
      rows.map((r) => r.id),
    ),
    db.user.findMany({ where: { id: { in: deleterIds } }, select: { id: true, name: true } }),
  ]);
  const names = new Map(deleters.map((u) => [u.id, u.name]));
  return rows.map((r) => ({
    ...presentStatementSummary(r, counts.get(r.id)!),
    deletedAt: r.deletedAt!.toISOString(),
    deletedBy: { id: r.deletedById!, name: names.get(r.deletedById!) ?? "" },
  }));
}
