import { ANNOTATION_KINDS, type AnnotationKind } from "../model/taxonomy.ts";
import type { ExportItem } from "./export-item.ts";

const KIND_HEADINGS: Record<AnnotationKind, string> = {
  position: "Positions",
  commitment: "Commitments",
  "cross-reference": "Cross-references",
};

/** The heading of a kind's group in a brief. */
export function kindHeading(kind: AnnotationKind): string {
  return KIND_HEADINGS[kind];
}

function compareNullable<T extends string | number>(a: T | null | undefined, b: T | null | undefined): number {
  if (a === b) return 0;
  if (a === null || a === undefined) return 1;
  if (b === null || b === undefined) return -1;
  return a < b ? -1 : 1;
}

/**
 * Export order: by statement (date, earliest first and undated last, then slug), then kind in
 * ANNOTATION_KINDS order, then reading order (the paragraph's current ¶, else its annotated ¶; then the
 * start offset), and the annotation ID to break ties, so the order is total.
 */
export function compareExportItems(a: ExportItem, b: ExportItem): number {
  return (
    compareNullable(a.statement.date || null, b.statement.date || null) ||
    compareNullable(a.statement.slug, b.statement.slug) ||
    ANNOTATION_KINDS.indexOf(a.annotation.kind) - ANNOTATION_KINDS.indexOf(b.annotation.kind) ||
    compareNullable(readingNumber(a), readingNumber(b)) ||
    a.annotation.target.start - b.annotation.target.start ||
    compareNullable(a.annotation.id, b.annotation.id)
  );
}

function readingNumber(item: ExportItem): number | null {
  return item.paragraphs.currentNumber ?? item.paragraphs.number;
}
