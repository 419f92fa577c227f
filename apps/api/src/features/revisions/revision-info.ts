import type { AnchoringCounts, BlockChange, ChangeCounts, RevisionInfo } from "@verbatim/contract";
import { BlockFate } from "@verbatim/contract";
import type { Revision, User } from "../../generated/prisma/client.ts";

/** How many IDs met each fate. */
export function changeCounts(changes: readonly Pick<BlockChange, "fate">[]): ChangeCounts {
  const counts = Object.fromEntries(BlockFate.options.map((f) => [f, 0])) as ChangeCounts;
  for (const change of changes) counts[change.fate] += 1;
  return counts;
}

export type RevisionRow = Pick<Revision, "number" | "createdAt" | "note" | "changes" | "anchoring"> & {
  createdBy: Pick<User, "id" | "name">;
};
export const revisionInfoSelect = {
  number: true,
  createdAt: true,
  note: true,
  changes: true,
  anchoring: true,
  createdBy: { select: { id: true, name: true } },
} as const;

export const presentRevision = (r: RevisionRow): RevisionInfo => ({
  number: r.number,
  createdAt: r.createdAt.toISOString(),
  author: { id: r.createdBy.id, name: r.createdBy.name },
  note: r.note,
  changeCounts: r.changes === null ? null : changeCounts(r.changes as unknown as BlockChange[]),
  anchoring: (r.anchoring as AnchoringCounts | null) ?? null,
});
