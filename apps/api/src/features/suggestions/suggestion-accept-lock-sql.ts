import type { Suggestion } from "@verbatim/core";
import type { Prisma } from "../../generated/prisma/client.ts";
import { shareLockStatement } from "../annotations/statement-lock-sql.ts";
import { openSuggestions } from "./open-suggestions.ts";
import { readCoveringAnnotations } from "./open-suggestions-sql.ts";

/**
 * Of `chosen` (suggestions found open before the transaction), those that no annotation covers now, read under the
 * statement's accept lock: the check and the insert that follows are one step for every accept on the statement.
 *
 * Coverage is an overlap of words of the same kind (open-suggestions.ts), which no unique index can state, so two
 * accepts sent at once (one analyst's double click, two analysts, a single accept racing an accept-all) each found
 * the suggestion open and each made an annotation. A transaction-scoped advisory lock makes them take turns: the
 * second waits until the first commits, then (READ COMMITTED reads afresh per statement) sees its annotation and
 * makes none. The lock is per statement rather than per suggestion because an accept-all takes hundreds of
 * suggestions at once, and two suggestions of one kind can overlap, so accepting one covers the other; the
 * statement's row lock is no substitute, as accept-all and annotation writes take it FOR SHARE, which does not
 * exclude another share. The lock is released at commit or rollback, so nothing is left to clean up. The statement's
 * share lock is taken first, the order accept-all takes the two in (lockedRevision, then this), so that no two
 * accepts wait for each other the other way round.
 */
export async function stillOpenUnderLock(
  tx: Prisma.TransactionClient,
  at: { statementId: string; revision: number; blocks: readonly string[] },
  chosen: readonly Suggestion[],
): Promise<Suggestion[]> {
  await shareLockStatement(tx, at.statementId);
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('suggestion_accepts'), hashtext(${at.statementId}))`;
  if (chosen.length === 0) return [];
  const annotations = await readCoveringAnnotations(tx, { statementId: at.statementId, revision: at.revision });
  return openSuggestions(chosen, { blocks: at.blocks, annotations, dismissed: new Set() });
}
