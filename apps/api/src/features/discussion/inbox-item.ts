import type { InboxItem, VerdictInboxItem } from "@verbatim/contract";
import type { AnnotationKind as DbKind, ReviewStatus as DbStatus } from "../../generated/prisma/enums.ts";
import { kindFromDb } from "../annotations/annotation-kind.ts";

const subject = {
  annotation: { select: { id: true, kind: true, exact: true, paragraphId: true } },
  statement: { select: { slug: true, title: true } },
} as const;

/** A comment item reads its comment; a verdict item its review. Both reach the annotation and statement. */
export const inboxItemInclude = {
  actor: { select: { id: true, name: true } },
  comment: { select: { id: true, bodyText: true, ...subject } },
  review: { select: { id: true, status: true, comment: true, ...subject } },
} as const;

interface Subject {
  annotation: { id: string; kind: DbKind; exact: string; paragraphId: string };
  statement: { slug: string; title: string };
}

export interface InboxItemRow {
  id: string;
  reason: string;
  createdAt: Date;
  readAt: Date | null;
  actor: { id: string; name: string };
  comment: (Subject & { id: string; bodyText: string }) | null;
  review: (Subject & { id: string; status: DbStatus; comment: string | null }) | null;
}

const EXCERPT = 200;
const QUOTE = 160;
const shorten = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`);
const verdictOf = (s: DbStatus): VerdictInboxItem["review"]["status"] => {
  if (s === "proposed") throw new Error("a review never gives the status proposed");
  return s;
};

/** `numbers`: the ¶ of each annotation's paragraph in the current text (inbox-sql.ts currentParagraphNumbers). */
export const presentInboxItem =
  (numbers: ReadonlyMap<string, number>) =>
  (row: InboxItemRow): InboxItem => {
    if (row.review) {
      const { review } = row;
      const verdict = { id: review.id, status: verdictOf(review.status), comment: review.comment };
      return { ...commonFields(row, review, numbers), reason: "verdict", review: verdict };
    }
    // The table's CHECK gives every item either a review or a comment.
    if (!row.comment) throw new Error(`inbox item ${row.id} has neither a comment nor a review`);
    const { comment } = row;
    return {
      ...commonFields(row, comment, numbers),
      reason: row.reason === "mention" ? "mention" : "reply",
      comment: { id: comment.id, excerpt: shorten(comment.bodyText.replace(/\s+/g, " "), EXCERPT) },
    };
  };

function commonFields(row: InboxItemRow, { annotation, statement }: Subject, numbers: ReadonlyMap<string, number>) {
  return {
    id: row.id,
    createdAt: row.createdAt.toISOString(),
    readAt: row.readAt?.toISOString() ?? null,
    actor: row.actor,
    annotation: {
      id: annotation.id,
      kind: kindFromDb(annotation.kind),
      quote: shorten(annotation.exact, QUOTE),
      paragraphId: annotation.paragraphId,
      paragraphNumber: numbers.get(annotation.id) ?? null,
    },
    statement,
  };
}
