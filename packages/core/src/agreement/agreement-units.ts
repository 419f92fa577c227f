import { ANNOTATION_KINDS, type AnnotationKind } from "../model/taxonomy.ts";

/** What agreement needs of an annotation: who made it, its kind, and every paragraph its span touches. */
export interface AgreementAnnotation {
  authorId: string;
  kind: AnnotationKind;
  paragraphIds: readonly string[];
}

export interface AgreementInput {
  /** The statement's paragraph IDs (p1, p2, …) in the revision compared; headings are not units. */
  paragraphIds: readonly string[];
  /** The annotators compared, in the order their values appear in each unit. */
  annotatorIds: readonly string[];
  annotations: readonly AgreementAnnotation[];
}

/** 1 when the annotator tagged the unit's kind somewhere in its paragraph, else 0. */
export type Tagged = 0 | 1;

export interface AgreementUnit {
  paragraphId: string;
  kind: AnnotationKind;
  /** One value per annotator, in AgreementInput.annotatorIds order. */
  values: Tagged[];
}

/**
 * Turns annotations into reliability data over paragraph × kind units, the unit issue 4 names for
 * Krippendorff's α: each (paragraph, kind) gets, from each annotator, 1 if any of their annotations of that
 * kind touches the paragraph and 0 if none does. Two tags of one kind in a paragraph still count 1.
 *
 * Every annotator compared codes every paragraph, so an untagged paragraph is a deliberate 0, never a
 * missing value. The product does not record which paragraphs someone read, so "did not look" cannot be
 * told from "looked and saw nothing to tag"; treating both as 0 is the reading a reviewer who picked
 * these annotators for a statement expects, and it keeps α from resting only on the few paragraphs that
 * someone tagged. Annotations by other authors, or on paragraphs not listed, are ignored.
 *
 * Units come in paragraph order, and within a paragraph in the taxonomy's kind order.
 */
export function agreementUnits(input: AgreementInput): AgreementUnit[] {
  const annotatorIds = [...new Set(input.annotatorIds)];
  const paragraphIds = [...new Set(input.paragraphIds)];
  const column = new Map(annotatorIds.map((id, index) => [id, index]));
  const tagged = new Set<string>();
  for (const annotation of input.annotations) {
    const index = column.get(annotation.authorId);
    if (index === undefined) continue;
    for (const paragraphId of annotation.paragraphIds) tagged.add(unitKey(paragraphId, annotation.kind, index));
  }
  return paragraphIds.flatMap((paragraphId) =>
    ANNOTATION_KINDS.map((kind) => ({
      paragraphId,
      kind,
      values: annotatorIds.map((_id, index): Tagged => (tagged.has(unitKey(paragraphId, kind, index)) ? 1 : 0)),
    })),
  );
}

// Paragraph IDs and kinds never contain a newline, so the key cannot collide.
const unitKey = (paragraphId: string, kind: AnnotationKind, annotator: number): string => `${paragraphId}\n${kind}\n${annotator}`;
