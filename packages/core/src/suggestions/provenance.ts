import type { SuggestionRule } from "./suggestion.ts";

/**
 * Where an annotation came from: the detector's rule when an analyst accepted it from a suggestion; null (or absent,
 * from code that does not read it) for one drawn by hand. The API's AnnotationProvenance has this shape.
 */
export type SuggestionProvenance = { source: "suggestion"; rule: SuggestionRule } | null;

/**
 * The provenance as one text value, for formats with a cell or a literal rather than an object (the CSV export's
 * `provenance` column, the W3C export's verbatim:provenance): "suggestion:<rule>", or "" for one drawn by hand.
 */
export const provenanceText = (p: SuggestionProvenance | undefined): string => (p ? `${p.source}:${p.rule}` : "");
