import type { Prisma } from "../../generated/prisma/client.ts";
import { INSTRUMENT_REGISTRY } from "../vocabulary/instrument-registry.ts";

/** A new workspace starts with the instrument registry analysts cite most. */
export async function createWorkspace(tx: Prisma.TransactionClient, name: string) {
  const workspace = await tx.workspace.create({ data: { name } });
  await tx.instrument.createMany({ data: INSTRUMENT_REGISTRY.map((i) => ({ ...i, workspaceId: workspace.id })) });
  return workspace;
}
