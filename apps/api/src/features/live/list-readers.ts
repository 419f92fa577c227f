import type { Db } from "../../db/database.ts";
import { PRESENCE_STALE_SECONDS } from "./refresh-presence.ts";

export interface Reader {
  id: string;
  name: string;
}

/** The distinct users with the statement open, by name; a stream not refreshed lately does not count. */
export async function listReaders(db: Db, statementId: string, staleSeconds = PRESENCE_STALE_SECONDS): Promise<Reader[]> {
  return db.$queryRaw<Reader[]>`
    SELECT u.id::text AS id, u.name FROM users u
    WHERE u.id IN (
      SELECT user_id FROM presence
      WHERE statement_id = ${statementId}::uuid AND last_seen > now() - make_interval(secs => ${staleSeconds})
    )
    ORDER BY u.name, u.id`;
}
