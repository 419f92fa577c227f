import type { AnnotationKind } from "@verbatim/core";
import type { AnnotationKind as DbKind } from "../../generated/prisma/enums.ts";

/** Prisma names enum members as identifiers, so `cross-reference` is `cross_reference` in the client. */
export const kindToDb = (k: AnnotationKind): DbKind => (k === "cross-reference" ? "cross_reference" : k);
export const kindFromDb = (k: DbKind): AnnotationKind => (k === "cross_reference" ? "cross-reference" : k);
