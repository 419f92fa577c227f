import type { CodebookEventType } from "@verbatim/contract";
import type { CodeRef } from "@verbatim/core";
import type { Prisma } from "../../generated/prisma/client.ts";
import { type CodebookRecord, storedCodebookRecord } from "../live/codebook-record.ts";
import { insertEvent } from "../live/events-sql.ts";

const ref = (c: CodeRef | null | undefined): CodeRef | null => (c ? { id: c.id, name: c.name, type: c.type } : null);

/**
 * The workspace's event of a codebook operation, in the operation's transaction: one row however many annotations
 * it touched, carried by every open statement stream of the workspace and listed in its activity.
 */
export async function recordCodebookEvent(
  tx: Prisma.TransactionClient,
  e: { workspaceId: string; actorId: string; type: CodebookEventType } & Partial<Omit<CodebookRecord, "code" | "into">> & {
      code?: CodeRef | null;
      into?: CodeRef | null;
    },
): Promise<void> {
  const change: CodebookRecord = {
    code: ref(e.code),
    previousName: e.previousName ?? null,
    into: ref(e.into),
    annotations: e.annotations ?? 0,
  };
  await insertEvent(tx, {
    workspaceId: e.workspaceId,
    statementId: null,
    annotationId: null,
    type: e.type,
    actorId: e.actorId,
    payload: storedCodebookRecord(change),
  });
}
