import type { Prisma } from "../../generated/prisma/client.ts";

/**
 * Locks the user's row until the transaction ends, so that the workspaces they create are created one at a time
 * and the second of two racing creations with one name sees the first (workspace names have no unique index:
 * they need only differ among one person's workspaces).
 */
export async function lockUser(tx: Prisma.TransactionClient, userId: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM users WHERE id = ${userId}::uuid FOR UPDATE`;
}
