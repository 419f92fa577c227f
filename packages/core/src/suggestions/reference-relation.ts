import type { CrossReferenceRelation } from "../model/taxonomy.ts";

/** How far before a reference the verb that says how it is cited may stand ("reaffirm the principles of …"). */
const LOOK_BACK = 80;

/**
 * The relation a reference most likely has, from the words just before it: "reaffirm" → reaffirms, "implement" →
 * implements, "in response to" → responds-to, "quote" → quotes; anything else cites, the analyst's default.
 */
export function guessRelation(text: string, start: number): CrossReferenceRelation {
  const before = text.slice(Math.max(0, start - LOOK_BACK), start).toLowerCase();
  const clause = before.slice(Math.max(before.lastIndexOf(". "), before.lastIndexOf("; ")) + 1);
  if (/\b(?:reaffirm|reiterat)/u.test(clause)) return "reaffirms";
  if (/\bimplement/u.test(clause)) return "implements";
  if (/\b(?:in response to|responding to|in reply to)\b/u.test(clause)) return "responds-to";
  if (/\bquot(?:e|ed|ing)\b/u.test(clause)) return "quotes";
  return "cites";
}
