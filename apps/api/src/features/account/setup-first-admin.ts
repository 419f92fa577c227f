import { hashPassword } from "../../auth/passwords.ts";
import type { Db } from "../../db/database.ts";
import { AppError } from "../../http/app-error.ts";
import { createWorkspace } from "./create-workspace.ts";
import { lockSetup } from "./setup-sql.ts";

export interface SetupInput {
  workspaceName: string;
  name: string;
  email: string;
  password: string;
}

/** Only while no user exists; the advisory lock makes two racing setups produce one admin. */
export async function setupFirstAdmin(db: Db, input: SetupInput) {
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    await lockSetup(tx);
    if ((await tx.user.count()) > 0) throw new AppError("setup_done", "setup is already done; sign in instead");
    const workspace = await createWorkspace(tx, input.workspaceName);
    const user = await tx.user.create({ data: { email: input.email, name: input.name, passwordHash } });
    await tx.membership.create({ data: { userId: user.id, workspaceId: workspace.id, role: "admin" } });
    return { user, workspace };
  });
}

export const setupNeeded = async (db: Db): Promise<boolean> => (await db.user.count()) === 0;
