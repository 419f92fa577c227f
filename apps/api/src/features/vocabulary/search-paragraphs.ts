import { formatStatementParagraphRef, parseStatementParagraphRef } from "@verbatim/core";
import type { Db } from "../../db/database.ts";
import type { Prisma } from "../../generated/prisma/client.ts";

export interface SearchParagraphsOptions {
  workspaceId: string;
  q: string;
  exclude?: string | undefined;
  limit: number;
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Paragraphs of current revisions whose text holds every word of q, or the one a `slug#pN` reference names. */
export async function searchParagraphs(db: Db, opts: SearchParagraphsOptions) {
  const ref = parseStatementParagraphRef(opts.q);
  const words = opts.q
    .split(/\s+/)
    .filter((w) => w.length > 0)
    .slice(0, 8);
  const statement: Prisma.StatementWhereInput = ref
    ? { workspaceId: opts.workspaceId, deletedAt: null, slug: ref.slug }
    : { workspaceId: opts.workspaceId, deletedAt: null, ...(opts.exclude ? { slug: { not: opts.exclude } } : {}) };
  const text = ref
    ? { canonicalId: ref.paragraphId }
    : { AND: words.map((w) => ({ text: { contains: escapeLike(w), mode: "insensitive" as const } })) };
  const where: Prisma.ParagraphWhereInput = { kind: "paragraph", statement, ...text };
  const rows = await db.paragraph.findMany({
    where,
    include: { statement: true, revision: { select: { number: true } } },
    orderBy: [{ statement: { date: { sort: "desc", nulls: "last" } } }, { position: "asc" }],
    take: opts.limit * 3,
  });
  const current = rows.filter((r) => r.revision.number === r.statement.currentRevision).slice(0, opts.limit);
  return {
    items: current.map((r) => ({
      ref: formatStatementParagraphRef({ slug: r.statement.slug, paragraphId: r.canonicalId }),
      slug: r.statement.slug,
      paragraphId: r.canonicalId,
      number: r.number,
      statementTitle: r.statement.title,
      delegation: r.statement.delegation,
      date: r.statement.date,
      text: r.text,
    })),
  };
}
