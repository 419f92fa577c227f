import type { Prisma } from "../../generated/prisma/client.ts";

/** Labels used on annotations join the workspace vocabulary that the tagging form autocompletes from. */
export async function rememberLabels(tx: Prisma.TransactionClient, workspaceId: string, labels: string[]): Promise<void> {
  if (labels.length === 0) return;
  await tx.label.createMany({ data: labels.map((name) => ({ workspaceId, name })), skipDuplicates: true });
}
