import type { AnnotationProvenance, CreateAnnotationRequest } from "@verbatim/contract";
import type { Suggestion } from "@verbatim/core";

/**
 * The create request a suggestion stands for: its kind, its attributes (or the caller's edited ones, checked against
 * the kind by prepareAnnotation as any new annotation's are), its span with its words, so a text that changed under it
 * is refused rather than annotated at the wrong place, and the revision its offsets are in.
 */
export function annotationInputOf(s: Suggestion, revision: number, edited?: Record<string, unknown>): CreateAnnotationRequest {
  return {
    kind: s.kind,
    attributes: edited ?? s.attributes,
    target: { paragraphId: s.target.paragraphId, start: s.target.start, end: s.target.end, exact: s.quote },
    revision,
  } as CreateAnnotationRequest;
}

export const provenanceOfSuggestion = (s: Suggestion): AnnotationProvenance => ({ source: "suggestion", rule: s.rule });
