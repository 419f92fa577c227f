import type { AnnotationKind } from "../model/taxonomy.ts";

const KIND_HEADINGS: Record<AnnotationKind, string> = {
  position: "Positions",
  commitment: "Commitments",
  "cross-reference": "Cross-references",
};

/** The heading of a kind's group in a brief. */
export function kindHeading(kind: AnnotationKind): string {
  return KIND_HEADINGS[kind];
}
