import type { Role } from "@verbatim/core";
import { parse as parseCookies } from "cookie";
import type { Request } from "express";
import type { Db } from "../db/database.ts";
import type { Actor } from "./actor.ts";
import { findSession, findToken } from "./credentials-sql.ts";
import { SESSION_COOKIE } from "./cookies.ts";
import { sha256 } from "./secrets.ts";

/**
 * Reads the bearer token or the session cookie; null when neither names a live credential. Every API route starts
 * here, public ones too, and what it answers may depend on who asks: so the answer is marked for no cache to keep
 * (a shared proxy, or the browser's disk after sign-out).
 */
export async function authenticate(db: Db, req: Request): Promise<Actor | null> {
  if (req.res && !req.res.headersSent) req.res.setHeader("Cache-Control", "no-store");
  const bearer = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? "")?.[1];
  if (bearer) return fromToken(db, bearer);
  const cookie = parseCookies(req.headers.cookie ?? "")[SESSION_COOKIE];
  return cookie ? fromSession(db, cookie) : null;
}

/** How stale a token's last-used time may get: writing it on every request would make every read a write. */
const LAST_USED_PRECISION_MS = 60_000;

async function fromToken(db: Db, token: string): Promise<Actor | null> {
  const row = await findToken(db, sha256(token));
  if (!row) return null;
  if (!row.last_used_at || Date.now() - row.last_used_at.getTime() > LAST_USED_PRECISION_MS) {
    void db.apiToken.update({ where: { id: row.token_id }, data: { lastUsedAt: new Date() } }).catch(() => {});
  }
  return { userId: row.user_id, name: row.name, email: row.email, workspaceId: row.workspace_id, role: row.role as Role, via: "token" };
}

async function fromSession(db: Db, token: string): Promise<Actor | null> {
  const row = await findSession(db, sha256(token));
  if (!row) return null;
  return {
    userId: row.user_id,
    name: row.name,
    email: row.email,
    workspaceId: row.workspace_id,
    role: row.role as Role,
    via: "session",
    sessionId: row.session_id,
    csrfToken: row.csrf_token,
  };
}
