import type { Db } from "../db/database.ts";
import { SESSION_DAYS } from "./cookies.ts";
import { newSecret, sha256 } from "./secrets.ts";

/** A client or a transaction, so a session can start in the same commit as what it depends on. */
type Sessions = Pick<Db, "session">;

export async function createSession(db: Sessions, userId: string, workspaceId: string): Promise<{ token: string; csrfToken: string }> {
  const token = newSecret();
  const csrfToken = newSecret();
  await db.session.create({
    data: { tokenHash: sha256(token), csrfToken, userId, workspaceId, expiresAt: new Date(Date.now() + SESSION_DAYS * 86_400_000) },
  });
  return { token, csrfToken };
}

export async function deleteSession(db: Db, sessionId: string): Promise<void> {
  await db.session.deleteMany({ where: { id: sessionId } });
}
