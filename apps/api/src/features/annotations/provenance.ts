import type { AnnotationProvenance } from "@verbatim/contract";
import { SUGGESTION_RULES, type SuggestionRule } from "@verbatim/core";

const RULES: ReadonlySet<string> = new Set(SUGGESTION_RULES);

/**
 * An annotation's provenance from its suggestion_rule column: null for one drawn by hand. A rule this code no longer
 * knows (one renamed since) reads as null rather than failing every read of the annotation.
 */
export function provenanceOf(rule: string | null | undefined): AnnotationProvenance {
  if (!rule || !RULES.has(rule)) return null;
  return { source: "suggestion", rule: rule as SuggestionRule };
}
