import { z } from "zod";
import { annotationSchema, SUGGESTION_RULES } from "@verbatim/core";
import { Annotation, AnnotationKind } from "./annotations.ts";
import { csvOf } from "./common.ts";

/** The rule that found a suggestion (core's SUGGESTION_RULES): the unit of the per-rule figures. */
export const SuggestionRule = z.enum(SUGGESTION_RULES);

/**
 * Something the detector found in the statement's current text, for the analyst to accept or dismiss: the kind and
 * attributes the annotation would have, where (UTF-16 offsets in the paragraph, like an annotation's target), how
 * sure the rule is (0–1; an anaphora such as "the Convention" is below 0.5), and why it matched.
 */
export const Suggestion = annotationSchema({
  /** Stable for the same paragraph, words and rule, so that a dismissal sticks. */
  id: z.string(),
  target: z.object({ paragraphId: z.string(), start: z.number().int(), end: z.number().int() }),
  quote: z.string(),
  confidence: z.number().min(0).max(1),
  rule: SuggestionRule,
  why: z.string(),
});
export type Suggestion = z.infer<typeof Suggestion>;

export const SuggestionsQuery = z.strictObject({ kind: csvOf(AnnotationKind).optional() });

/**
 * The suggestions the caller has not dismissed, on the statement's current revision, leaving out any that overlaps
 * an annotation of the same kind and target. The rules read English: on a statement in another language `applies`
 * is false and `items` empty, and the reader says so.
 */
export const SuggestionList = z.object({
  items: z.array(Suggestion),
  /** The revision the offsets are in. */
  revision: z.number().int(),
  applies: z.boolean(),
  language: z.string().nullable(),
  can: z.object({ accept: z.boolean(), dismiss: z.boolean() }),
});
export type SuggestionList = z.infer<typeof SuggestionList>;

/**
 * Accepting may edit the suggested attributes: given, they replace the suggestion's (whole, not merged), and are checked
 * against the kind as a new annotation's are (422 invalid_attributes).
 */
export const AcceptSuggestionRequest = z.strictObject({
  attributes: z.record(z.string(), z.unknown()).optional(),
  /** The revision the reader showed: another one current by then → 409 revision_changed. */
  revision: z.number().int().min(1).optional(),
});
export type AcceptSuggestionRequest = z.infer<typeof AcceptSuggestionRequest>;

/** Accept every suggestion of one kind (or the listed ones) that the caller has not dismissed. */
export const AcceptSuggestionsRequest = z.strictObject({
  kind: AnnotationKind,
  ids: z.array(z.string().max(64)).max(5000).optional(),
  revision: z.number().int().min(1).optional(),
});
export type AcceptSuggestionsRequest = z.infer<typeof AcceptSuggestionsRequest>;

/** The annotations made, and a token that deletes exactly those not changed since (POST …/suggestions/undo/:token). */
export const AcceptedSuggestions = z.object({ annotations: z.array(Annotation), undo: z.string() });
export type AcceptedSuggestions = z.infer<typeof AcceptedSuggestions>;

export const UndoAcceptedSuggestions = z.object({
  /** How many were deleted; those changed since (edited, reviewed) are kept and counted apart. */
  deleted: z.number().int(),
  kept: z.number().int(),
});

/** Per rule, what became of its suggestions in the workspace, so a team sees which rules to trust. */
export const SuggestionRuleFigures = z.object({
  items: z.array(
    z.object({
      rule: SuggestionRule,
      kind: AnnotationKind,
      accepted: z.number().int(),
      dismissed: z.number().int(),
      /** Accepted, then rejected in review. */
      rejected: z.number().int(),
    }),
  ),
});
export type SuggestionRuleFigures = z.infer<typeof SuggestionRuleFigures>;
