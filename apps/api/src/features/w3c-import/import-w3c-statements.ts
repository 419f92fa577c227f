import type { TextBlock } from "@verbatim/core";
import type { Db } from "../../db/database.ts";
import type { Statement } from "../../generated/prisma/client.ts";
import { currentBlocks, findStatement } from "../statements/find-statement.ts";

/** A statement annotations are imported into, with the blocks of its current revision. */
export interface ImportStatement {
  statement: Statement;
  blocks: TextBlock[];
}

/** What an imported annotation says about its document: a Verbatim slug, read from its IRIs, and the target's source. */
export interface StatementHint {
  statementSlug: string | null;
  source: string | null;
}

export type StatementFinder = (hint: StatementHint) => Promise<ImportStatement | null>;

/** The slug of a Verbatim reader URL (…/s/SLUG), whichever server exported it. */
function readerSlug(source: string | null): string | null {
  if (!source) return null;
  try {
    const m = /\/s\/([^/]+)$/.exec(new URL(source).pathname);
    return m?.[1] ? decodeURIComponent(m[1]) : null;
  } catch {
    return null;
  }
}

/** A slug decoded from an IRI; one PostgreSQL could not compare (U+0000) names no statement anyway. */
function slugOf(hint: StatementHint): string | null {
  const slug = hint.statementSlug ?? readerSlug(hint.source);
  return slug === null || slug.includes("\u0000") ? null : slug;
}

/**
 * Finds the statement each annotation belongs to: the one named by `?statement` for all of them; else
 * the statement whose slug the target's source names (our exports' reader URLs), else the one statement
 * imported from that source URL (a W3C tool annotating the original web page).
 */
export async function importStatements(
  db: Db,
  opts: { workspaceId: string; slug?: string | undefined; hints: StatementHint[] },
): Promise<StatementFinder> {
  const blocksById = new Map<string, Promise<TextBlock[]>>();
  const withBlocks = async (statement: Statement): Promise<ImportStatement> => {
    let blocks = blocksById.get(statement.id);
    if (!blocks) {
      blocks = currentBlocks(db, statement).then((rows) => rows.map((b) => ({ id: b.canonicalId, text: b.text })));
      blocksById.set(statement.id, blocks);
    }
    return { statement, blocks: await blocks };
  };

  if (opts.slug !== undefined) {
    const only = await findStatement(db, opts.workspaceId, opts.slug);
    return () => withBlocks(only);
  }
  const slugs = [...new Set(opts.hints.map(slugOf).filter((s): s is string => s !== null))];
  const sources = [...new Set(opts.hints.map((h) => h.source).filter((s): s is string => s !== null))];
  const statements =
    slugs.length + sources.length === 0
      ? []
      : await db.statement.findMany({
          where: { workspaceId: opts.workspaceId, deletedAt: null, OR: [{ slug: { in: slugs } }, { sourceUrl: { in: sources } }] },
        });
  const bySlug = new Map(statements.map((s) => [s.slug, s]));
  const bySource = (source: string | null): Statement | undefined => {
    const matches = statements.filter((s) => s.sourceUrl !== null && s.sourceUrl === source);
    return matches.length === 1 ? matches[0] : undefined;
  };
  return async (hint) => {
    const slug = slugOf(hint);
    const statement = (slug !== null ? bySlug.get(slug) : undefined) ?? bySource(hint.source);
    return statement ? withBlocks(statement) : null;
  };
}
