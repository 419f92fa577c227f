import { corpusCodeAgreement, type CorpusCodeFigures } from "@verbatim/core";
import { spanParagraphIds } from "../annotations/span-paragraph-ids.ts";
import type { AgreementStatementRow } from "./code-agreement-sql.ts";

/** Worker task: per-code agreement across the statements two or more people tagged (core's corpusCodeAgreement). */
export function agreeOnCodes(statements: readonly AgreementStatementRow[]): CorpusCodeFigures[] {
  return corpusCodeAgreement(
    statements.map((s) => {
      const blockIds = s.blocks.map((b) => b.id);
      return {
        paragraphIds: s.blocks.filter((b) => b.paragraph).map((b) => b.id),
        annotations: s.annotations.map((a) => ({
          authorId: a.authorId,
          paragraphIds: spanParagraphIds({ paragraphId: a.paragraphId, endParagraphId: a.endParagraphId ?? undefined }, blockIds),
          codeIds: a.codeIds,
        })),
      };
    }),
  );
}
