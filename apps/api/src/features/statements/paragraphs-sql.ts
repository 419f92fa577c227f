import type { CanonicalBlock } from "@verbatim/core";
import type { Prisma } from "../../generated/prisma/client.ts";

/**
 * Writes a revision's paragraphs in one statement, each column as one array parameter: 20,000 paragraphs cost one
 * round trip and one plan, where a row per parameter set would pass PostgreSQL's 65,535 bind parameters.
 */
export async function insertParagraphs(
  tx: Prisma.TransactionClient,
  at: { statementId: string; revisionId: string },
  blocks: readonly CanonicalBlock[],
): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO paragraphs (id, statement_id, revision_id, canonical_id, kind, position, number, level, section_id, text)
    SELECT gen_random_uuid(), ${at.statementId}::uuid, ${at.revisionId}::uuid, b.canonical_id, b.kind::"BlockKind",
           b.position - 1, b.number, b.level, b.section_id, b.text
    FROM unnest(
      ${blocks.map((b) => b.id)}::text[],
      ${blocks.map((b) => b.kind)}::text[],
      ${blocks.map((b) => b.number)}::int[],
      ${blocks.map((b) => b.level ?? null)}::int[],
      ${blocks.map((b) => b.section)}::text[],
      ${blocks.map((b) => b.text)}::text[]
    ) WITH ORDINALITY AS b(canonical_id, kind, number, level, section_id, text, position)`;
}
