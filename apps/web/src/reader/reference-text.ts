import { paragraphCitation, type StatementMetadata } from "@verbatim/core";

/**
 * What "Copy reference" puts on the clipboard: the paragraph's citation (core's rule, as exports write it) and its
 * full address, whose hash is the canonical `slug#p4`:
 * "China, Security Council, 7 December 2023, ¶4 https://verbatim.example/s/2023-12-07-unsc-china#p4".
 */
export function referenceText(
  statement: StatementMetadata & { slug: string; paragraphs: readonly { id: string; number?: number | null }[] },
  paragraphId: string,
  origin: string,
): string {
  const number = statement.paragraphs.find((p) => p.id === paragraphId)?.number ?? null;
  const url = `${origin}/s/${encodeURIComponent(statement.slug)}#${paragraphId}`;
  return `${paragraphCitation(statement, { id: paragraphId, number })} ${url}`;
}
