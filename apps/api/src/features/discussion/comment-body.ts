import { type CommentBodyInput, commentDocToText, mentionIdsOf, relabelMentions, textToCommentDoc } from "@verbatim/contract";
import type { Db } from "../../db/database.ts";
import { AppError } from "../../http/app-error.ts";

export interface StoredBody {
  bodyText: string;
  bodyRich: object;
  mentions: string[];
}

/**
 * A comment body as stored: the document (plain text becomes one), its plain text, and who it mentions. Every
 * mention must name a member of the workspace (422 invalid_mention), except those the comment already held
 * before an edit (a member who has left since stays mentioned). Labels are set to the members' names.
 */
export async function storedBody(
  db: Db,
  opts: { workspaceId: string; input: CommentBodyInput; alreadyMentioned?: readonly string[] },
): Promise<StoredBody> {
  const doc = typeof opts.input === "string" ? textToCommentDoc(opts.input) : opts.input;
  const mentions = mentionIdsOf(doc);
  const members = await db.membership.findMany({
    where: { workspaceId: opts.workspaceId, userId: { in: mentions } },
    select: { user: { select: { id: true, name: true } } },
  });
  const names = new Map(members.map((m) => [m.user.id, m.user.name]));
  const unknown = mentions.filter((id) => !names.has(id) && !(opts.alreadyMentioned ?? []).includes(id));
  if (unknown.length > 0) throw new AppError("invalid_mention", "you can mention only members of this workspace", { ids: unknown });
  const nameOf = (id: string) => names.get(id);
  const bodyRich = relabelMentions(doc, nameOf);
  return { bodyText: commentDocToText(bodyRich, nameOf), bodyRich, mentions };
}
