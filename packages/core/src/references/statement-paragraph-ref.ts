import { isBlockId } from "../paragraphs/block-id.ts";

export interface StatementParagraphRef {
  slug: string;
  /** A canonical block ID: p7 for a paragraph, h2 for a heading. */
  paragraphId: string;
}

const REF = /^([a-z0-9]+(?:-[a-z0-9]+)*)#([^#]+)$/;

/** Parses a full reference such as `2023-12-07-unsc-china#p7`; null when it has another shape. */
export function parseStatementParagraphRef(s: string): StatementParagraphRef | null {
  const m = REF.exec(s);
  return m?.[1] && m[2] && isBlockId(m[2]) ? { slug: m[1], paragraphId: m[2] } : null;
}

export const formatStatementParagraphRef = (ref: StatementParagraphRef): string => `${ref.slug}#${ref.paragraphId}`;
