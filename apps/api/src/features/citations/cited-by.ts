import type { CitedBy, CitingReference } from "@verbatim/contract";
import { parseStatementParagraphRef } from "@verbatim/core";
import type { Actor } from "../../auth/actor.ts";
import type { Db } from "../../db/database.ts";
import { findStatement } from "../statements/find-statement.ts";
import { citingReferences } from "./citing-references-sql.ts";
import { presentCiting } from "./present-citing.ts";

/** The other statements' cross-references to this statement's paragraphs (`slug#pN`), paragraph by paragraph. */
export async function citedBy(db: Db, opts: { actor: Actor; idOrSlug: string }): Promise<CitedBy> {
  const statement = await findStatement(db, opts.actor.workspaceId, opts.idOrSlug);
  const rows = await citingReferences(db, { workspaceId: opts.actor.workspaceId, prefix: `${statement.slug}#`, except: statement.id });
  const byParagraph = new Map<string, CitingReference[]>();
  for (const row of rows) {
    const ref = parseStatementParagraphRef(row.target);
    // The prefix also takes "slug#x" targets that name no paragraph; only a real slug#pN counts.
    if (!ref || ref.slug !== statement.slug) continue;
    byParagraph.set(ref.paragraphId, [...(byParagraph.get(ref.paragraphId) ?? []), presentCiting(row)]);
  }
  return { items: [...byParagraph].map(([paragraphId, references]) => ({ paragraphId, references })) };
}
