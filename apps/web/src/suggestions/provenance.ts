import { AnnotationProvenance } from "@verbatim/contract";
import type { z } from "zod";

export type Provenance = NonNullable<z.infer<typeof AnnotationProvenance>>;

/**
 * Where an annotation came from, read defensively: an annotation without the field (drawn by an analyst, or from
 * a server that predates provenance) or with one this page does not know says nothing rather than failing.
 */
export function provenanceOf(annotation: object): Provenance | null {
  if (!("provenance" in annotation)) return null;
  const parsed = AnnotationProvenance.safeParse(annotation.provenance);
  return parsed.success ? parsed.data : null;
}

/** "From a suggestion · rule un-symbol". */
export const provenanceText = (provenance: Provenance): string => `From a suggestion · rule ${provenance.rule}`;
