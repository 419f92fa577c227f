import type { Annotation } from "@verbatim/contract";

/** Stub: being built. */
export function AnnotationDiscussion(_props: { annotation: Annotation; slug: string }) {
  return null;
}
