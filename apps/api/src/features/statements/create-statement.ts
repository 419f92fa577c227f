import { baseSlug, type CanonicalBlock, uniqueSlug, type StatementMetadata } from "@verbatim/core";
import type { Db } from "../../db/database.ts";
import type { Actor } from "../../auth/actor.ts";
import { Prisma } from "../../generated/prisma/client.ts";
import { insertParagraphs } from "./paragraphs-sql.ts";
import type { ReadStatement } from "./read-statement.ts";

export interface CreateStatementInput extends StatementMetadata {
  format: "text" | "markdown" | "html";
  content: string;
}

const FILLABLE = ["speaker", "delegation", "onBehalfOf", "forum", "date", "language", "sourceUrl"] as const;

/** Prisma's 5 s default, plus a millisecond a paragraph: the paragraphs go in one INSERT, whose time grows with them. */
const transactionTimeout = (blocks: readonly CanonicalBlock[]) => 5_000 + blocks.length;

/**
 * Stores a text, already read (read-statement.ts, in the work pool), as a statement's first revision; metadata left
 * empty is filled from the hints the reading found. `inSameTransaction` commits with the statement (an import job
 * records its success there).
 */
export async function createStatement(
  db: Db,
  opts: {
    actor: Pick<Actor, "workspaceId" | "userId">;
    input: CreateStatementInput;
    read: ReadStatement;
    inSameTransaction?: (tx: Prisma.TransactionClient, statement: { id: string; slug: string; title: string }) => Promise<void>;
  },
) {
  const { actor, input, read } = opts;
  const meta: StatementMetadata = { ...input };
  for (const key of FILLABLE) meta[key] = input[key] ?? read.metadata[key] ?? null;
  const blocks = read.paragraphs;
  const importReport = { dropped: read.dropped, metadata: read.metadata };

  for (let attempt = 0; ; attempt++) {
    const slug = await freeSlug(db, actor.workspaceId, baseSlug(meta));
    try {
      const statement = await db.$transaction(
        async (tx) => {
          const created = await tx.statement.create({
            data: {
              workspaceId: actor.workspaceId,
              slug,
              title: meta.title,
              speaker: meta.speaker ?? null,
              delegation: meta.delegation ?? null,
              onBehalfOf: meta.onBehalfOf ?? null,
              forum: meta.forum ?? null,
              meetingSymbol: meta.meetingSymbol ?? null,
              date: meta.date ?? null,
              language: meta.language ?? null,
              sourceUrl: meta.sourceUrl ?? null,
              nextParagraphId: read.nextParagraph,
              nextHeadingId: read.nextHeading,
              createdById: actor.userId,
            },
          });
          const revision = await tx.revision.create({
            data: {
              statementId: created.id,
              number: 1,
              format: input.format,
              source: input.content,
              importReport: importReport as object,
              fingerprint: read.fingerprint.map(BigInt),
              createdById: actor.userId,
            },
          });
          await insertParagraphs(tx, { statementId: created.id, revisionId: revision.id }, blocks);
          await opts.inSameTransaction?.(tx, created);
          return created;
        },
        { timeout: transactionTimeout(blocks) },
      );
      return { statement, blocks, importReport };
    } catch (e) {
      const slugClash = e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002";
      if (!slugClash || attempt >= 5) throw e;
    }
  }
}

/** Slugs that are paths of their own under /api/statements/ (GET /api/statements/deleted), never a statement's. */
const RESERVED_SLUGS = ["deleted"];

async function freeSlug(db: Db, workspaceId: string, base: string): Promise<string> {
  const rows = await db.statement.findMany({ where: { workspaceId, slug: { startsWith: base } }, select: { slug: true } });
  return uniqueSlug(base, new Set([...RESERVED_SLUGS, ...rows.map((r) => r.slug)]));
}
