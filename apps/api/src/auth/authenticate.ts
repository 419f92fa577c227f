import type { Role } from "@verbatim/core";
import { parse as parseCookies } from "cookie";
import type { Request } from "express";
import type { Db } from "../db/database.ts";
import type { Actor } from "./actor.ts";
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

async function fromToken(db: Db, token: string): Promise<Actor | null> {
  const row = await db.apiToken.findUnique({ where: { tokenHash: sha256(token) }, include: { user: true } });
  if (!row || row.revokedAt) return null;
  const membership = await db.membership.findUnique({
    where: { userId_workspaceId: { userId: row.userId, workspaceId: row.workspaceId } },
  });
  if (!membership) return null;
  void db.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: new Date() } }).catch(() => {});
  return {
    userId: row.userId,
    name: row.user.name,
    email: row.user.email,
    workspaceId: row.workspaceId,
    role: membership.role as Role,
    via: "token",
  };
}

async function fromSession(db: Db, token: string): Promise<Actor | null> {
  const session = await db.session.findUnique({
    where: { tokenHash: sha256(token) },
    include: { user: { include: { memberships: true } } },
  });
  if (!session || session.expiresAt < new Date()) return null;
  const memberships = session.user.memberships;
  const membership = memberships.find((m) => m.workspaceId === session.workspaceId) ?? memberships[0];
  if (!membership) return null;
  return {
    userId: session.userId,
    name: session.user.name,
    email: session.user.email,
    workspaceId: membership.workspaceId,
    role: membership.role as Role,
    via: "session",
    sessionId: session.id,
    csrfToken: session.csrfToken,
  };
}
