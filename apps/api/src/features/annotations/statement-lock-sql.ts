import type { Prisma } from "../../generated/prisma/client.ts";

/**
 * Takes the statement's share lock for the rest of the transaction: a write that moves an annotation's target waits
 * here for a revision being stored (which holds the row FOR UPDATE), taking the locks in the order a revision does.
 */
export async function shareLockStatement(tx: Prisma.TransactionClient, statementId: string): Promise<void> {
  await tx.$queryRaw`SELECT 1 FROM statements WHERE id = ${statementId}::uuid FOR SHARE`;
}
