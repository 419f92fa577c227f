import type { Db } from "../../db/database.ts";
import { AppError, notFound } from "../../http/app-error.ts";
import { createWorkspace } from "./create-workspace.ts";
import { lockUser } from "./workspace-sql.ts";

/** Two names are the same to a person picking from a list when they differ only in case (or Unicode normal form). */
const sameName = (a: string, b: string): boolean => a.localeCompare(b, "en", { sensitivity: "accent" }) === 0;

/**
 * Creates a workspace whose only member is the user, as its admin. Its name (already trimmed and checked against
 * the contract's WorkspaceName) must differ from those of the workspaces the user belongs to, or the switcher
 * would show two of one name.
 */
export async function createWorkspaceForUser(db: Db, opts: { userId: string; name: string }) {
  return db.$transaction(async (tx) => {
    await lockUser(tx, opts.userId);
    const user = await tx.user.findUnique({
      where: { id: opts.userId },
      select: { memberships: { select: { workspace: { select: { name: true } } } } },
    });
    if (!user) throw notFound("user");
    const clash = user.memberships.find((m) => sameName(m.workspace.name, opts.name));
    if (clash) throw new AppError("conflict", `you already belong to a workspace named "${clash.workspace.name}": choose another name`);
    const workspace = await createWorkspace(tx, opts.name);
    await tx.membership.create({ data: { userId: opts.userId, workspaceId: workspace.id, role: "admin" } });
    return workspace;
  });
}
