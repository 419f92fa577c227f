import type { NormalisedStatements } from "@verbatim/contract";
import type { Actor } from "../../auth/actor.ts";
import type { Db } from "../../db/database.ts";
import type { ChangedFields } from "../statements/write-statement-change.ts";
import { writeStatementChange } from "../statements/write-statement-change.ts";
import { statementsToNormalise } from "./statements-to-normalise.ts";

const TIMEOUT_MS = 60_000;

/**
 * Stores the registry's names on the statements that name their speakers otherwise, each as a metadata edit would:
 * compare-and-set on its version (one edited since it was read is skipped), a history entry and a live event, all in
 * one transaction.
 */
export async function normaliseStatements(db: Db, opts: { actor: Actor }): Promise<NormalisedStatements> {
  const { actor } = opts;
  return db.$transaction(
    async (tx) => {
      const listed = await statementsToNormalise(tx, actor);
      let changed = 0;
      for (const s of listed) {
        const before: ChangedFields = {};
        const after: ChangedFields = {};
        if (s.delegation) [before["delegation"], after["delegation"]] = [s.delegation.from, s.delegation.to];
        if (s.onBehalfOf) [before["onBehalfOf"], after["onBehalfOf"]] = [s.onBehalfOf.from, s.onBehalfOf.to];
        const { count } = await tx.statement.updateMany({
          where: { id: s.id, version: s.version, deletedAt: null },
          data: { ...after, version: { increment: 1 } },
        });
        if (count === 0) continue;
        const statement = await tx.statement.findUniqueOrThrow({ where: { id: s.id } });
        await writeStatementChange(tx, { actor, statement, action: "edited", fields: { before, after } });
        changed++;
      }
      return { changed, skipped: listed.length - changed };
    },
    { timeout: TIMEOUT_MS },
  );
}
