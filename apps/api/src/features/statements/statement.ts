import { ANNOTATION_KINDS, type AnnotationKind, type CanonicalBlock, type StatementRef } from "@verbatim/core";
import type { Paragraph, Statement } from "../../generated/prisma/client.ts";

export type AnnotationCounts = Record<AnnotationKind, number>;
export const emptyCounts = (): AnnotationCounts => Object.fromEntries(ANNOTATION_KINDS.map((k) => [k, 0])) as AnnotationCounts;

/** The statement's identity and metadata, as exports and citations carry it. */
export const presentStatementRef = (s: Statement) =>
  ({
    id: s.id,
    slug: s.slug,
    title: s.title,
    speaker: s.speaker,
    delegation: s.delegation,
    onBehalfOf: s.onBehalfOf,
    forum: s.forum,
    meetingSymbol: s.meetingSymbol,
    date: s.date,
    language: s.language,
    sourceUrl: s.sourceUrl,
  }) satisfies StatementRef;

export function presentStatementSummary(s: Statement, counts: AnnotationCounts) {
  return {
    ...presentStatementRef(s),
    revision: s.currentRevision,
    version: s.version,
    annotationCounts: counts,
    createdAt: s.createdAt.toISOString(),
    updatedAt: s.updatedAt.toISOString(),
  };
}

export function presentBlock(p: Paragraph): CanonicalBlock {
  return {
    id: p.canonicalId,
    kind: p.kind,
    number: p.number,
    ...(p.level !== null ? { level: p.level } : {}),
    section: p.sectionId,
    text: p.text,
  };
}

export interface ImportReport {
  dropped: { text: string; reason: string }[];
  metadata: Record<string, string>;
}

/** A statement with the paragraphs of one revision (`shownRevision`, the current one by default). */
export function presentStatement(
  s: Statement,
  blocks: CanonicalBlock[],
  counts: AnnotationCounts,
  importReport: ImportReport,
  shownRevision = s.currentRevision,
) {
  return { ...presentStatementSummary(s, counts), shownRevision, paragraphs: blocks, importReport };
}
