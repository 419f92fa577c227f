import type { AnnotationKind, ReviewStatus } from "@verbatim/core";
import type { Prisma } from "../../generated/prisma/client.ts";
import { kindToDb } from "./annotation-kind.ts";

export interface AnnotationFilter {
  kind?: AnnotationKind[] | undefined;
  status?: ReviewStatus[] | undefined;
  author?: string | undefined;
  label?: string | undefined;
}

/** The filters shared by the annotation list and the exports. */
export function annotationWhere(f: AnnotationFilter): Prisma.AnnotationWhereInput {
  return {
    deletedAt: null,
    ...(f.kind ? { kind: { in: f.kind.map(kindToDb) } } : {}),
    ...(f.status ? { status: { in: f.status } } : {}),
    ...(f.author ? { authorId: f.author } : {}),
    ...(f.label ? { labels: { has: f.label } } : {}),
  };
}
