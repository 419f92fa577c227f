import type { AnnotationView } from "@verbatim/core";

/** The fields a person changes; what the history keeps before and after each change. */
export function annotationSnapshot(a: AnnotationView) {
  return { kind: a.kind, target: a.target, quote: a.quote, attributes: a.attributes, labels: a.labels, note: a.note, status: a.status };
}
