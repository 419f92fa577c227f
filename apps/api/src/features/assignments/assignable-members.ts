import type { AssignableMembers } from "@verbatim/contract";
import type { Role } from "@verbatim/core";
import type { Actor } from "../../auth/actor.ts";
import type { Db } from "../../db/database.ts";
import { forbidden } from "../../http/app-error.ts";
import { canAssign, mayTakeTask } from "./assignment-policy.ts";

/** Who may be given each task, by name: the assign dialog offers only them, so it holds no copy of the rule. */
export async function assignableMembers(db: Db, opts: { actor: Actor }): Promise<AssignableMembers> {
  if (!canAssign(opts.actor)) throw forbidden("only reviewers and admins assign work");
  const rows = await db.membership.findMany({
    where: { workspaceId: opts.actor.workspaceId },
    select: { role: true, user: { select: { id: true, name: true } } },
  });
  const collator = new Intl.Collator("en", { sensitivity: "base" });
  const people = rows.sort((a, b) => collator.compare(a.user.name, b.user.name));
  const taking = (task: "tag" | "review") => people.filter((m) => mayTakeTask(m.role as Role, task)).map((m) => m.user);
  return { tag: taking("tag"), review: taking("review") };
}
