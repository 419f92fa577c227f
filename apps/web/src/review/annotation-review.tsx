import type { Annotation } from "@verbatim/contract";

/** Stub: being built. */
export function AnnotationReview(_props: { annotation: Annotation; slug: string }) {
  return null;
}
