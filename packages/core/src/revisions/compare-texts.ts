import type { ImportedBlock } from "../import/types.ts";
import { textFingerprint } from "./text-fingerprint.ts";

/**
 * From this share of the new text's paragraphs found in an existing statement, the import preview
 * offers "add as a new revision": a Corr.1 or an "as delivered" text changes a paragraph in five or
 * fewer, while two statements of one delegation on the same item rarely share more than a few lines.
 */
export const MOSTLY_SAME_SHARE = 0.8;

export interface TextComparison {
  /** Paragraphs of the new text whose comparison key occurs in the existing one. */
  same: number;
  /** Paragraphs of the new text. */
  total: number;
  /** same / total, 0 for a text without paragraphs. */
  share: number;
  /** `identical`: the same paragraphs, as many of each, in any order; `mostly`: share ≥ MOSTLY_SAME_SHARE. */
  verdict: "identical" | "mostly" | "different";
}

/** How much of a new text's paragraphs an existing statement already holds, from their fingerprints. */
export function compareFingerprints(incoming: readonly number[], existing: readonly number[]): TextComparison {
  const known = new Set(existing);
  const same = incoming.filter((hash) => known.has(hash)).length;
  const total = incoming.length;
  const share = total === 0 ? 0 : same / total;
  const identical = total > 0 && total === existing.length && incoming.every((hash, k) => hash === existing[k]);
  return { same, total, share, verdict: identical ? "identical" : share >= MOSTLY_SAME_SHARE ? "mostly" : "different" };
}

type ComparedBlock = Pick<ImportedBlock, "kind" | "text">;

/** Whether an import repeats an existing statement, by paragraphs' comparison keys (headings aside). */
export const compareTexts = (incoming: readonly ComparedBlock[], existing: readonly ComparedBlock[]): TextComparison =>
  compareFingerprints(textFingerprint(incoming), textFingerprint(existing));
