import type { InboxItem } from "@verbatim/contract";
import type { AnnotationKind as DbKind } from "../../generated/prisma/enums.ts";
import { kindFromDb } from "../annotations/annotation-kind.ts";

export const inboxItemInclude = {
  actor: { select: { id: true, name: true } },
  comment: {
    select: {
      id: true,
      bodyText: true,
      annotation: { select: { id: true, kind: true, exact: true, paragraphId: true } },
      statement: { select: { slug: true, title: true } },
    },
  },
} as const;

export interface InboxItemRow {
  id: string;
  reason: string;
  createdAt: Date;
  readAt: Date | null;
  actor: { id: string; name: string };
  comment: {
    id: string;
    bodyText: string;
    annotation: { id: string; kind: DbKind; exact: string; paragraphId: string };
    statement: { slug: string; title: string };
  };
}

const EXCERPT = 200;
const QUOTE = 160;
const shorten = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`);

export function presentInboxItem(row: InboxItemRow): InboxItem {
  const { comment } = row;
  return {
    id: row.id,
    reason: row.reason === "mention" ? "mention" : "reply",
    createdAt: row.createdAt.toISOString(),
    readAt: row.readAt?.toISOString() ?? null,
    actor: row.actor,
    comment: { id: comment.id, excerpt: shorten(comment.bodyText.replace(/\s+/g, " "), EXCERPT) },
    annotation: {
      id: comment.annotation.id,
      kind: kindFromDb(comment.annotation.kind),
      quote: shorten(comment.annotation.exact, QUOTE),
      paragraphId: comment.annotation.paragraphId,
    },
    statement: comment.statement,
  };
}
