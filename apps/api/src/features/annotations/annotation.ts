import { type ReviewStatus, taggedAttributes } from "@verbatim/core";
import type { Annotation, Review, User } from "../../generated/prisma/client.ts";
import { kindFromDb } from "./annotation-kind.ts";
import { type AnnotationWithReview, reviewInForce } from "./annotation-review.ts";
import { presentAnchor } from "./annotation-sql-row.ts";

type ReviewRow = Pick<Review, "status" | "comment" | "createdAt"> & { reviewer: Pick<User, "id" | "name"> };
export type AnnotationRow = Annotation & { author: Pick<User, "id" | "name">; statement: { slug: string }; reviews: ReviewRow[] };
export const annotationInclude = {
  author: { select: { id: true, name: true } },
  statement: { select: { slug: true } },
  /** The latest review only: each review raises the version, so the highest version is the latest. */
  reviews: {
    select: { status: true, comment: true, createdAt: true, reviewer: { select: { id: true, name: true } } },
    orderBy: { annotationVersion: "desc" },
    take: 1,
  },
} as const;

export function presentAnnotation(a: AnnotationRow): AnnotationWithReview {
  const latest = a.reviews[0];
  return {
    id: a.id,
    statementId: a.statementId,
    statementSlug: a.statement.slug,
    revision: a.revision,
    anchor: presentAnchor(a.anchorState, a.anchorRevision, a.previousQuote),
    ...taggedAttributes(kindFromDb(a.kind), a.attributes),
    target: {
      paragraphId: a.paragraphId,
      start: a.start,
      end: a.end,
      ...(a.endParagraphId ? { endParagraphId: a.endParagraphId } : {}),
    },
    quote: { exact: a.exact, prefix: a.prefix, suffix: a.suffix },
    labels: a.labels,
    note: a.noteText,
    noteDoc: a.noteRich ?? null,
    status: a.status as ReviewStatus,
    review: reviewInForce(
      a.status,
      latest && { status: latest.status, comment: latest.comment, at: latest.createdAt, reviewer: latest.reviewer },
    ),
    version: a.version,
    author: { id: a.author.id, name: a.author.name },
    createdAt: a.createdAt.toISOString(),
    updatedAt: a.updatedAt.toISOString(),
  };
}
