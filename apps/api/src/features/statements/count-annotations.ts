import type { AnnotationKind } from "@verbatim/core";
import type { Db } from "../../db/database.ts";
import { type AnnotationCounts, emptyCounts } from "./statement.ts";
import { kindFromDb } from "../annotations/annotation-kind.ts";

export async function countAnnotations(db: Db, statementIds: string[]): Promise<Map<string, AnnotationCounts>> {
  const groups = await db.annotation.groupBy({
    by: ["statementId", "kind"],
    where: { statementId: { in: statementIds }, deletedAt: null },
    _count: { _all: true },
  });
  const counts = new Map(statementIds.map((id) => [id, emptyCounts()]));
  for (const g of groups) {
    const entry = counts.get(g.statementId);
    if (entry) entry[kindFromDb(g.kind) as AnnotationKind] = g._count._all;
  }
  return counts;
}
