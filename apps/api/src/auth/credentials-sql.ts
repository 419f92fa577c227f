import type { Db } from "../db/database.ts";

interface CredentialRow {
  user_id: string;
  name: string;
  email: string;
  workspace_id: string;
  role: string;
}

export interface SessionRow extends CredentialRow {
  session_id: string;
  csrf_token: string;
}

export interface TokenRow extends CredentialRow {
  token_id: string;
  last_used_at: Date | null;
}

/**
 * A live session with its user and the membership it acts in (the session's workspace, else the user's oldest), in
 * one query: every request asks, so it is one round trip rather than three.
 */
export async function findSession(db: Db, tokenHash: string): Promise<SessionRow | null> {
  const rows = await db.$queryRaw<SessionRow[]>`
    SELECT s.id::text AS session_id, s.csrf_token, u.id::text AS user_id, u.name, u.email,
           m.workspace_id::text AS workspace_id, m.role::text AS role
    FROM sessions s
    JOIN users u ON u.id = s.user_id
    JOIN LATERAL (
      SELECT workspace_id, role FROM memberships
      WHERE user_id = s.user_id
      ORDER BY workspace_id IS NOT DISTINCT FROM s.workspace_id DESC, created_at, workspace_id
      LIMIT 1
    ) m ON true
    WHERE s.token_hash = ${tokenHash} AND s.expires_at > now()`;
  return rows[0] ?? null;
}

/** An unrevoked API token with its user and their membership in the token's workspace, in one query. */
export async function findToken(db: Db, tokenHash: string): Promise<TokenRow | null> {
  const rows = await db.$queryRaw<TokenRow[]>`
    SELECT t.id::text AS token_id, t.last_used_at, u.id::text AS user_id, u.name, u.email,
           m.workspace_id::text AS workspace_id, m.role::text AS role
    FROM api_tokens t
    JOIN users u ON u.id = t.user_id
    JOIN memberships m ON m.user_id = t.user_id AND m.workspace_id = t.workspace_id
    WHERE t.token_hash = ${tokenHash} AND t.revoked_at IS NULL`;
  return rows[0] ?? null;
}
