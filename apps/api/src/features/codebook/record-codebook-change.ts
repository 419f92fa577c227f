import type { CodebookEventType } from "@verbatim/contract";
import type { CodeRef } from "@verbatim/core";
import type { Actor } from "../../auth/actor.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import { recordCodebookEvent } from "./codebook-event.ts";
import { insertCodeChange } from "./codes-sql.ts";

interface CodeChange {
  codeId: string;
  action: string;
  before: unknown;
  after: unknown;
}

/**
 * The two records every codebook operation leaves, in its transaction: the workspace's one event of it (for open
 * readers and the activity) and a row in each changed code's own history (code_changes).
 */
export async function recordCodebookChange(
  tx: Prisma.TransactionClient,
  actor: Actor,
  o: {
    event: { type: CodebookEventType; code: CodeRef | null | undefined; into?: CodeRef | null; previousName?: string | null };
    changes: readonly CodeChange[];
    annotations?: number;
  },
): Promise<void> {
  const by = { workspaceId: actor.workspaceId, actorId: actor.userId };
  await recordCodebookEvent(tx, { ...by, ...o.event, ...(o.annotations === undefined ? {} : { annotations: o.annotations }) });
  for (const change of o.changes)
    await insertCodeChange(tx, { ...by, ...change, ...(o.annotations === undefined ? {} : { annotations: o.annotations }) });
}
