import type { Viewer } from "../../auth/actor.ts";
import type { Db } from "../../db/database.ts";
import { presentMember } from "./member.ts";

/** The workspace's members by name (case- and accent-insensitive, as people read a list). */
export async function listMembers(db: Db, opts: { viewer: Viewer; workspaceId: string }) {
  const rows = await db.membership.findMany({
    where: { workspaceId: opts.workspaceId },
    include: { user: { select: { id: true, name: true, email: true } } },
  });
  const collator = new Intl.Collator("en", { sensitivity: "base" });
  const admins = rows.filter((r) => r.role === "admin").length;
  const items = rows
    .map(presentMember(opts.viewer, admins))
    .sort((a, b) => collator.compare(a.name, b.name) || a.email.localeCompare(b.email));
  return { items };
}
