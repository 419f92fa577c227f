import type { Suggestion } from "@verbatim/core";
import type { Db } from "../../db/database.ts";
import { openSuggestions } from "./open-suggestions.ts";
import { readCoveringAnnotations, readDismissedIds } from "./open-suggestions-sql.ts";
import type { StatementSuggestions } from "./statement-suggestions.ts";

/** The statement's suggestions still open to `userId` (open-suggestions.ts), read with its annotations and their dismissals. */
export async function openSuggestionsFor(db: Db, found: StatementSuggestions, userId: string): Promise<Suggestion[]> {
  if (found.set.items.length === 0) return [];
  const statementId = found.statement.id;
  const [annotations, dismissed] = await Promise.all([
    readCoveringAnnotations(db, { statementId, revision: found.statement.currentRevision }),
    readDismissedIds(db, { statementId, userId }),
  ]);
  return openSuggestions(found.set.items, { blocks: found.set.blocks, annotations, dismissed });
}
