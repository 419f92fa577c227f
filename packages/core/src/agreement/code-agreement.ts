import type { CodeRef } from "../model/code.ts";
import { coefficients, type Coefficients } from "./coefficients.ts";
import { compareText } from "./compare-text.ts";
import { tagCounts, type TagCounts } from "./tag-counts.ts";

/** A code of the codebook as agreement sees it: a position's topic or an annotation's label, by type and name. */
export type AgreementCode = Pick<CodeRef, "type" | "name">;

/** What per-code agreement needs of an annotation: its author, every paragraph its span touches, its codes. */
export interface CodedAnnotation {
  authorId: string;
  paragraphIds: readonly string[];
  codes: readonly AgreementCode[];
}

/** Over paragraph × code units: one per paragraph. */
export interface CodeFigures extends Coefficients {
  code: AgreementCode;
  counts: TagCounts;
}

/**
 * Agreement on each code any compared annotator used, over paragraph × code units as agreementUnits does for
 * kinds: an annotator codes a paragraph 1 when any of their tags touching it carries the code, else 0. The
 * codes come most used first (units tagged by anyone), then by type and name.
 */
export function codeAgreement(
  paragraphIds: readonly string[],
  annotatorIds: readonly string[],
  annotations: readonly CodedAnnotation[],
): CodeFigures[] {
  const paragraphs = new Set(paragraphIds);
  const column = new Map(annotatorIds.map((id, index) => [id, index]));
  const codes = new Map<string, AgreementCode>();
  const tagged = new Set<string>();
  for (const annotation of annotations) {
    const annotator = column.get(annotation.authorId);
    if (annotator === undefined) continue;
    for (const code of annotation.codes) {
      const key = codeKey(code);
      for (const paragraphId of annotation.paragraphIds) {
        if (!paragraphs.has(paragraphId)) continue;
        codes.set(key, { type: code.type, name: code.name });
        tagged.add(`${key}\n${paragraphId}\n${annotator}`);
      }
    }
  }
  const figures = [...codes].map(([key, code]): CodeFigures => {
    const units = [...paragraphs].map((paragraphId) =>
      annotatorIds.map((_id, annotator): 0 | 1 => (tagged.has(`${key}\n${paragraphId}\n${annotator}`) ? 1 : 0)),
    );
    return { code, ...coefficients(annotatorIds.length, units), counts: tagCounts(units) };
  });
  return figures.sort((a, b) => b.counts.taggedByAny - a.counts.taggedByAny || compareText(codeKey(a.code), codeKey(b.code)));
}

/**
 * "topic:<name>" or "label:<name>". A name may hold a newline, but paragraph IDs and annotator numbers do not,
 * so the unit keys above, read from their end, cannot collide.
 */
export const codeKey = (code: AgreementCode): string => `${code.type}:${code.name}`;
