import type { Role } from "@verbatim/core";
import { hashPassword } from "../../auth/passwords.ts";
import type { Db } from "../../db/database.ts";
import { AppError } from "../../http/app-error.ts";
import { createWorkspace } from "./create-workspace.ts";

/** Adds a user to the default (oldest) workspace, creating that workspace when there is none. */
export async function createUserInDefaultWorkspace(db: Db, opts: { email: string; name: string; role: Role; password: string }) {
  const passwordHash = await hashPassword(opts.password);
  return db.$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email: opts.email } }))
      throw new AppError("conflict", `a user with email ${opts.email} exists`);
    const workspace = (await tx.workspace.findFirst({ orderBy: { createdAt: "asc" } })) ?? (await createWorkspace(tx, "Default workspace"));
    const user = await tx.user.create({ data: { email: opts.email, name: opts.name, passwordHash } });
    await tx.membership.create({ data: { userId: user.id, workspaceId: workspace.id, role: opts.role } });
    return { user, workspace };
  });
}
