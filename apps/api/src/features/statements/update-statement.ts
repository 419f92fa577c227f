import { STATEMENT_METADATA_FIELDS, type UpdateStatementRequest } from "@verbatim/contract";
import type { Actor } from "../../auth/actor.ts";
import type { Db } from "../../db/database.ts";
import type { Prisma, Statement } from "../../generated/prisma/client.ts";
import { forbidden } from "../../http/app-error.ts";
import { normaliseSpeakers } from "../registry/normalise-speakers.ts";
import { findStatement } from "./find-statement.ts";
import { statementConflict } from "./statement-conflict.ts";
import { canEditStatement } from "./statement-policy.ts";
import { type ChangedFields, writeStatementChange } from "./write-statement-change.ts";

/** The fields the edit changes, each with its value before and after. An empty text clears a field as null does. */
export function metadataChanges(current: Statement, input: UpdateStatementRequest): { before: ChangedFields; after: ChangedFields } {
  const before: ChangedFields = {};
  const after: ChangedFields = {};
  for (const field of STATEMENT_METADATA_FIELDS) {
    const sent = input[field];
    if (sent === undefined) continue;
    const next = sent === "" ? null : sent;
    if (next === current[field]) continue;
    before[field] = current[field];
    after[field] = next;
  }
  return { before, after };
}

/**
 * A metadata edit, compare-and-set on the statement's version, with the changed fields in its history. An edit
 * that changes nothing keeps the version and writes nothing. The slug is not a field here: links keep working.
 */
export async function updateStatement(db: Db, opts: { actor: Actor; idOrSlug: string; input: UpdateStatementRequest }): Promise<Statement> {
  const { actor } = opts;
  const current = await findStatement(db, actor.workspaceId, opts.idOrSlug);
  if (!canEditStatement(actor)) throw forbidden();
  const input = await normaliseSpeakers(db, actor.workspaceId, opts.input);
  if (input.version !== current.version) throw await statementConflict(db, actor, current);
  const fields = metadataChanges(current, input);
  if (Object.keys(fields.after).length === 0) return current;

  const updated = await db.$transaction(async (tx) => {
    const { count } = await tx.statement.updateMany({
      where: { id: current.id, version: input.version, deletedAt: null },
      // The title is never among the changes as null: the request schema refuses an empty title.
      data: { ...(fields.after as Prisma.StatementUpdateManyMutationInput), version: { increment: 1 } },
    });
    if (count === 0) return null;
    const statement = await tx.statement.findUniqueOrThrow({ where: { id: current.id } });
    await writeStatementChange(tx, { actor, statement, action: "edited", fields });
    return statement;
  });
  if (updated) return updated;
  // Someone else's edit landed between the read and the write (or a deletion: then this is a 404).
  throw await statementConflict(db, actor, await findStatement(db, actor.workspaceId, current.id));
}
