import type { ParagraphCitations } from "@verbatim/contract";
import { paragraphCitation, parseStatementParagraphRef } from "@verbatim/core";
import type { Actor } from "../../auth/actor.ts";
import type { DbOrTx } from "../../db/in-transaction.ts";
import { paragraphsReferred } from "./paragraph-refs-sql.ts";

/**
 * Readable citations of canonical paragraph references, in the order given (core's paragraphCitation: the one rule
 * for how a paragraph is cited), so that no client or export shows a bare `slug#p4` where it can say who and when.
 */
export async function citeParagraphs(db: DbOrTx, actor: Pick<Actor, "workspaceId">, refs: readonly string[]): Promise<ParagraphCitations> {
  const parsed = refs.flatMap((ref) => {
    const p = parseStatementParagraphRef(ref);
    return p ? [{ ref, slug: p.slug, paragraphId: p.paragraphId }] : [];
  });
  const rows = new Map((await paragraphsReferred(db, actor.workspaceId, parsed)).map((r) => [r.ref, r]));
  return {
    items: refs.map((ref) => {
      const r = rows.get(ref);
      if (!r) return { ref, citation: null, title: null, inCurrent: false };
      const statement = {
        slug: r.slug,
        title: r.title,
        delegation: r.delegation,
        onBehalfOf: r.on_behalf_of,
        forum: r.forum,
        meetingSymbol: r.meeting_symbol,
        date: r.date,
      };
      return {
        ref,
        citation: paragraphCitation(statement, { id: r.paragraph_id, number: r.number }),
        title: r.title,
        inCurrent: r.in_current,
      };
    }),
  };
}
