import type { Db } from "../../db/database.ts";
import { verifyPassword } from "../../auth/passwords.ts";
import { createSession } from "../../auth/sessions.ts";
import { AppError } from "../../http/app-error.ts";
import { setupNeeded } from "./setup-first-admin.ts";

export async function logIn(db: Db, input: { email: string; password: string }) {
  const user = await db.user.findUnique({ where: { email: input.email }, include: { memberships: { orderBy: { createdAt: "asc" } } } });
  const valid = await verifyPassword(user?.passwordHash ?? null, input.password);
  if (!user || !valid) {
    if (!user && (await setupNeeded(db))) throw new AppError("setup_required", "no one has set up Verbatim yet; open the app to set it up");
    throw new AppError("invalid_credentials", "wrong email or password");
  }
  const membership = user.memberships[0];
  if (!membership) throw new AppError("forbidden", "your account belongs to no workspace; ask an admin to add you");
  return createSession(db, user.id, membership.workspaceId);
}
