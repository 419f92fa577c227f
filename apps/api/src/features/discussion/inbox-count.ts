import type { Actor } from "../../auth/actor.ts";
import type { Db } from "../../db/database.ts";
import { inboxScope } from "./inbox-scope.ts";

export async function countUnread(db: Db, actor: Actor): Promise<number> {
  return db.inboxItem.count({ where: { ...inboxScope(actor), readAt: null } });
}
