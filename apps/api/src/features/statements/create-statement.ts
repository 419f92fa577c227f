import { assignCanonicalIds, baseSlug, importStatement, uniqueSlug, type StatementMetadata } from "@verbatim/core";
import type { Db } from "../../db/database.ts";
import { AppError } from "../../http/app-error.ts";
import type { Actor } from "../../auth/actor.ts";
import { Prisma } from "../../generated/prisma/client.ts";

export interface CreateStatementInput extends StatementMetadata {
  format: "text" | "markdown" | "html";
  content: string;
}

const FILLABLE = ["speaker", "delegation", "onBehalfOf", "forum", "date", "language", "sourceUrl"] as const;

/** Imports a text as a statement's first revision; metadata left empty is filled from what the import found. */
export async function createStatement(db: Db, opts: { actor: Actor; input: CreateStatementInput }) {
  const { actor, input } = opts;
  const imported = importStatement(input.content, input.format);
  if (!imported.blocks.some((b) => b.kind === "paragraph")) {
    throw new AppError("invalid_content", "the text holds no paragraphs to import", { dropped: imported.dropped });
  }
  const meta: StatementMetadata = { ...input };
  const hints = imported.metadata as Record<string, string | undefined>;
  for (const key of FILLABLE) meta[key] = input[key] ?? hints[key] ?? null;
  const { blocks, nextParagraph, nextHeading } = assignCanonicalIds(imported.blocks);
  const importReport = { dropped: imported.dropped, metadata: imported.metadata as Record<string, string> };

  for (let attempt = 0; ; attempt++) {
    const slug = await freeSlug(db, actor.workspaceId, baseSlug(meta));
    try {
      return await db.$transaction(async (tx) => {
        const statement = await tx.statement.create({
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
            nextParagraphId: nextParagraph,
            nextHeadingId: nextHeading,
            createdById: actor.userId,
          },
        });
        const revision = await tx.revision.create({
          data: {
            statementId: statement.id,
            number: 1,
            format: input.format,
            source: input.content,
            importReport: importReport as object,
            createdById: actor.userId,
          },
        });
        await tx.paragraph.createMany({
          data: blocks.map((b, position) => ({
            statementId: statement.id,
            revisionId: revision.id,
            canonicalId: b.id,
            kind: b.kind,
            position,
            number: b.number,
            level: b.level ?? null,
            sectionId: b.section,
            text: b.text,
          })),
        });
        const rows = await tx.paragraph.findMany({ where: { revisionId: revision.id }, orderBy: { position: "asc" } });
        return { statement, blocks: rows, importReport };
      });
    } catch (e) {
      const slugClash = e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002";
      if (!slugClash || attempt >= 5) throw e;
    }
  }
}

async function freeSlug(db: Db, workspaceId: string, base: string): Promise<string> {
  const rows = await db.statement.findMany({ where: { workspaceId, slug: { startsWith: base } }, select: { slug: true } });
  return uniqueSlug(base, new Set(rows.map((r) => r.slug)));
}
