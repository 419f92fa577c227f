import type { Role } from "@verbatim/core";
import type { Db } from "../../db/database.ts";
import { notFound } from "../../http/app-error.ts";
import { presentWorkspace } from "./workspace.ts";
import { workspaceAbilities } from "./workspace-abilities.ts";

/** The signed-in user, the workspace they act in with what they may do there, and their other workspaces. */
export async function presentMe(db: Db, userId: string, workspaceId: string, csrfToken: string | null) {
  const user = await db.user.findUnique({ where: { id: userId }, include: { memberships: { include: { workspace: true } } } });
  if (!user) throw notFound("user");
  const workspaces = user.memberships
    .map((m) => presentWorkspace(m.workspace, m.role as Role))
    .sort((a, b) => a.name.localeCompare(b.name));
  const workspace = workspaces.find((w) => w.id === workspaceId);
  if (!workspace) throw notFound("workspace");
  const abilities = workspaceAbilities({ userId: user.id, role: workspace.role });
  return { user: { id: user.id, name: user.name, email: user.email }, workspace, abilities, workspaces, csrfToken };
}
