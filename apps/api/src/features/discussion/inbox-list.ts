import { type InboxItem, Uuid } from "@verbatim/contract";
import type { Actor } from "../../auth/actor.ts";
import type { Db } from "../../db/database.ts";
import { AppError } from "../../http/app-error.ts";
import { inboxItemInclude, presentInboxItem } from "./inbox-item.ts";
import { countUnread } from "./inbox-count.ts";
import { currentParagraphNumbers } from "./inbox-sql.ts";
import { inboxScope } from "./inbox-scope.ts";

interface Position {
  createdAt: Date;
  id: string;
}

/** Opaque to clients: the last item's time and ID, so that new items arriving meanwhile do not shift the pages. */
const encodeCursor = (p: Position) => Buffer.from(`${p.createdAt.toISOString()}|${p.id}`).toString("base64url");

function decodeCursor(cursor: string | undefined): Position | null {
  if (!cursor) return null;
  const [at, id] = Buffer.from(cursor, "base64url").toString().split("|");
  const createdAt = new Date(at ?? "");
  if (!id || !Uuid.safeParse(id).success || Number.isNaN(createdAt.getTime())) {
    throw new AppError("validation_failed", "the cursor is not one this API gave out", { cursor });
  }
  return { createdAt, id };
}

/** The member's inbox, newest first, with the unread count. */
export async function listInbox(
  db: Db,
  opts: { actor: Actor; filter: "unread" | "all"; cursor?: string | undefined; limit: number },
): Promise<{ items: InboxItem[]; nextCursor: string | null; unread: number }> {
  const after = decodeCursor(opts.cursor);
  const rows = await db.inboxItem.findMany({
    where: {
      ...inboxScope(opts.actor),
      ...(opts.filter === "unread" ? { readAt: null } : {}),
      ...(after ? { OR: [{ createdAt: { lt: after.createdAt } }, { createdAt: after.createdAt, id: { lt: after.id } }] } : {}),
    },
    include: inboxItemInclude,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: opts.limit + 1,
  });
  const page = rows.slice(0, opts.limit);
  const last = page.at(-1);
  // Each item's ¶ in the current text, for the whole page in one query.
  const numbers = await currentParagraphNumbers(
    db,
    page.flatMap((r) => (r.comment ?? r.review)?.annotation.id ?? []),
  );
  return {
    items: page.map(presentInboxItem(numbers)),
    nextCursor: rows.length > opts.limit && last ? encodeCursor(last) : null,
    unread: await countUnread(db, opts.actor),
  };
}
