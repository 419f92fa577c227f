import type { Prisma } from "../../generated/prisma/client.ts";

export interface ClaimedInvitation {
  id: string;
  workspace_id: string;
  role: string;
}

/**
 * Marks the invitation accepted if it is still usable, in one conditional UPDATE: of two concurrent acceptances
 * only one claims it. Undefined when it was not usable (or already claimed).
 */
export async function claimInvitation(tx: Prisma.TransactionClient, tokenHash: string): Promise<ClaimedInvitation | undefined> {
  const claimed = await tx.$queryRaw<ClaimedInvitation[]>`
      UPDATE invitations SET accepted_at = now()
      WHERE token_hash = ${tokenHash} AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > now()
      RETURNING id::text, workspace_id::text, role::text`;
  return claimed[0];
}

/**
 * Locks the workspace's row until the transaction ends, so that role changes and removals in it run one at a
 * time (two admins demoting each other at once must not leave none).
 */
export async function lockWorkspace(tx: Prisma.TransactionClient, workspaceId: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM workspaces WHERE id = ${workspaceId}::uuid FOR UPDATE`;
}
