import type { Role } from "@verbatim/core";
import type { Prisma } from "../../generated/prisma/client.ts";
import { notFound } from "../../http/app-error.ts";
import { lockWorkspace } from "./membership-sql.ts";

/**
 * Locks the workspace's row so that role changes and removals in it run one at a time (two admins demoting each
 * other at once must not leave none), then reads the target membership and the number of admins.
 */
export async function lockMembership(tx: Prisma.TransactionClient, opts: { workspaceId: string; userId: string }) {
  await lockWorkspace(tx, opts.workspaceId);
  const membership = await tx.membership.findUnique({
    where: { userId_workspaceId: { userId: opts.userId, workspaceId: opts.workspaceId } },
    include: { user: { select: { id: true, name: true, email: true } } },
  });
  if (!membership) throw notFound("member");
  const admins = await tx.membership.count({ where: { workspaceId: opts.workspaceId, role: "admin" } });
  return { membership: { ...membership, role: membership.role as Role }, admins };
}
