import { newSecret, sha256 } from "../../auth/secrets.ts";
import type { Db } from "../../db/database.ts";
import type { ApiToken } from "../../generated/prisma/client.ts";
import { notFound } from "../../http/app-error.ts";

export const presentToken = (t: ApiToken) => ({
  id: t.id,
  name: t.name,
  createdAt: t.createdAt.toISOString(),
  lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
});

/** The token is returned once; only its SHA-256 hash is stored. */
export async function createApiToken(db: Db, opts: { userId: string; workspaceId: string; name: string }) {
  const token = newSecret("vbt_");
  const row = await db.apiToken.create({
    data: { tokenHash: sha256(token), name: opts.name, userId: opts.userId, workspaceId: opts.workspaceId },
  });
  return { token, info: presentToken(row) };
}

export async function listApiTokens(db: Db, opts: { userId: string; workspaceId: string }) {
  const rows = await db.apiToken.findMany({ where: { ...opts, revokedAt: null }, orderBy: { createdAt: "asc" } });
  return { items: rows.map(presentToken) };
}

export async function revokeApiToken(db: Db, opts: { userId: string; workspaceId: string; id: string }) {
  const { count } = await db.apiToken.updateMany({
    where: { id: opts.id, userId: opts.userId, workspaceId: opts.workspaceId, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  if (count === 0) throw notFound("token");
}
