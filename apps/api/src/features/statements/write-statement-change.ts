import type { StatementLifecycleEventType } from "@verbatim/contract";
import type { Actor } from "../../auth/actor.ts";
import { Prisma, type Statement } from "../../generated/prisma/client.ts";
import { recordEvent } from "../live/record-event.ts";

/** The fields an edit changed, by name, with their values on one side of it (a revision: its number and note). */
export type ChangedFields = Record<string, string | number | null>;

const EVENT_OF = {
  edited: "statement.updated",
  deleted: "statement.deleted",
  restored: "statement.restored",
  revised: "statement.revised",
} as const satisfies Record<string, StatementLifecycleEventType>;

export interface StatementChangeWrite {
  actor: Actor;
  /** The statement after the change. */
  statement: Statement;
  action: keyof typeof EVENT_OF;
  /** An edit's changed fields, a revision's number and note; none for a deletion or a restoration. */
  fields?: { before: ChangedFields; after: ChangedFields };
}

/**
 * The change's row in the statement's history and its live event (so open readers reload it), written in the
 * caller's transaction: both commit with the change or neither does.
 */
export async function writeStatementChange(tx: Prisma.TransactionClient, c: StatementChangeWrite): Promise<void> {
  await tx.statementChange.create({
    data: {
      statementId: c.statement.id,
      action: c.action,
      actorId: c.actor.userId,
      before: c.fields?.before ?? Prisma.DbNull,
      after: c.fields?.after ?? Prisma.DbNull,
    },
  });
  await recordEvent(tx, {
    workspaceId: c.actor.workspaceId,
    actorId: c.actor.userId,
    type: EVENT_OF[c.action],
    statement: { id: c.statement.id, slug: c.statement.slug, version: c.statement.version },
  });
}
