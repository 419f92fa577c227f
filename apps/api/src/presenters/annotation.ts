import type { AnnotationView, ReviewStatus } from "@verbatim/core";
import type { Annotation, User } from "../generated/prisma/client.ts";
import { kindFromDb } from "../use-cases/annotation-kind.ts";

export type AnnotationRow = Annotation & { author: Pick<User, "id" | "name">; statement: { slug: string } };
export const annotationInclude = { author: { select: { id: true, name: true } }, statement: { select: { slug: true } } } as const;

export function presentAnnotation(a: AnnotationRow): AnnotationView {
  return {
    id: a.id,
    statementId: a.statementId,
    statementSlug: a.statement.slug,
    revision: a.revision,
    kind: kindFromDb(a.kind),
    target: {
      paragraphId: a.paragraphId,
      start: a.start,
      end: a.end,
      ...(a.endParagraphId ? { endParagraphId: a.endParagraphId } : {}),
    },
    quote: { exact: a.exact, prefix: a.prefix, suffix: a.suffix },
    attributes: a.attributes as Record<string, unknown>,
    labels: a.labels,
    note: a.noteText,
    noteDoc: a.noteRich ?? null,
    status: a.status as ReviewStatus,
    version: a.version,
    author: { id: a.author.id, name: a.author.name },
    createdAt: a.createdAt.toISOString(),
    updatedAt: a.updatedAt.toISOString(),
  };
}
