import type { ReviewStatus } from "@verbatim/core";
import type { Annotation, Review, User } from "../../generated/prisma/client.ts";
import { kindFromDb } from "./annotation-kind.ts";
import { type AnnotationWithReview, reviewInForce } from "./annotation-review.ts";
import { presentAnchor } from "./annotation-sql-row.ts";
import { codedAttributes } from "./coded-attributes.ts";
import { provenanceOf } from "./provenance.ts";

type ReviewRow = Pick<Review, "status" | "comment" | "createdAt"> & { reviewer: Pick<User, "id" | "name"> };
type CodeUse = { position: number; code: { id: string; name: string; type: "topic" | "label" } };
export type AnnotationRow = Annotation & {
  author: Pick<User, "id" | "name">;
  statement: { slug: string };
  reviews: ReviewRow[];
  codes: CodeUse[];
};
export const annotationInclude = {
  author: { select: { id: true, name: true } },
  statement: { select: { slug: true } },
  /** The latest review only: each review raises the version, so the highest version is the latest. */
  reviews: {
    select: { status: true, comment: true, createdAt: true, reviewer: { select: { id: true, name: true } } },
    orderBy: { annotationVersion: "desc" },
    take: 1,
  },
  /** Put in order by inOrder (topics first, then labels, each in the order given), as ANNOTATION_CODES orders them. */
  codes: { select: { position: true, code: { select: { id: true, name: true, type: true } } } },
} as const;

export function presentAnnotation(a: AnnotationRow): AnnotationWithReview {
  const latest = a.reviews[0];
  return {
    id: a.id,
    statementId: a.statementId,
    statementSlug: a.statement.slug,
    revision: a.revision,
    anchor: presentAnchor(a.anchorState, a.anchorRevision, a.previousQuote),
    ...codedAttributes(
      kindFromDb(a.kind),
      a.attributes,
      inOrder(a.codes).map((use) => use.code),
    ),
    target: {
      paragraphId: a.paragraphId,
      start: a.start,
      end: a.end,
      ...(a.endParagraphId ? { endParagraphId: a.endParagraphId } : {}),
    },
    quote: { exact: a.exact, prefix: a.prefix, suffix: a.suffix },
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
    provenance: provenanceOf(a.suggestionRule),
  };
}

const TYPE_ORDER = { topic: 0, label: 1 } as const;
const inOrder = (uses: readonly CodeUse[]): CodeUse[] =>
  [...uses].sort((x, y) => TYPE_ORDER[x.code.type] - TYPE_ORDER[y.code.type] || x.position - y.position);
