/** The Web Annotation context every annotation names (W3C model 3.1). */
export const ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld";

/**
 * Verbatim's own terms, for what the W3C model has no place for (review status, version, revision,
 * the kind's attributes as JSON, where the annotation stands after revisions) so that an export re-imports without loss.
 */
export const VERBATIM_NS = "urn:verbatim:";
export const VERBATIM_CONTEXT = {
  "@version": 1.1,
  verbatim: VERBATIM_NS,
  "verbatim:attributes": { "@type": "@json" },
  "verbatim:noteDoc": { "@type": "@json" },
  "verbatim:anchor": { "@type": "@json" },
} as const;

export const ANNOTATION_CONTEXT = [ANNO_CONTEXT, VERBATIM_CONTEXT] as const;

/** FragmentSelector values are the reader's element IDs (p7), i.e. IRI fragments. */
export const FRAGMENT_CONFORMS_TO = "http://tools.ietf.org/rfc/rfc3987";

export const GENERATOR_NAME = "Verbatim";

/** undocs.org resolves a UN symbol to the document; it writes S/RES/1373 (2001) as S/RES/1373(2001). */
export const UNDOCS_BASE = "https://undocs.org/";

export const trimBaseUrl = (baseUrl: string): string => baseUrl.replace(/\/+$/, "");
