import type { Prisma } from "../../generated/prisma/client.ts";

/**
 * Takes the first-admin setup's advisory lock until the transaction ends, so two racing setups run one after the
 * other and the second sees the first one's admin. 7270737 is an arbitrary key of its own (migrations lock another).
 */
export async function lockSetup(tx: Prisma.TransactionClient): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(7270737)`;
}
