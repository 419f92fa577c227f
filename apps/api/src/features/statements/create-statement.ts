import { createHash } from "node:crypto";
import type { SourceFormat } from "@verbatim/contract";
import { baseSlug, type CanonicalBlock, uniqueSlug, type StatementMetadata } from "@verbatim/core";
import type { Db } from "../../db/database.ts";
import type { Actor } from "../../auth/actor.ts";
import { Prisma } from "../../generated/prisma/client.ts";
import type { UploadedFile } from "../../http/multipart.ts";
import { normaliseSpeakers } from "../registry/normalise-speakers.ts";
import { insertParagraphs } from "./paragraphs-sql.ts";
import type { ReadStatement } from "./read-statement.ts";

export interface CreateStatementInput extends StatementMetadata {
  /** The format the source was read as, and the source the revision keeps (a Word file's HTML, a PDF's text). */
  format: SourceFormat;
  content: string;
}

/** What the import record keeps beside the dropped lines and hints: repairs, footnotes, the preview's edits, a record's turn. */
export type ImportReportExtras = Record<string, unknown>;

const FILLABLE = ["speaker", "delegation", "onBehalfOf", "forum", "meetingSymbol", "date", "language", "sourceUrl"] as const;

/** Prisma's 5 s default, plus a millisecond a paragraph: the paragraphs go in one INSERT, whose time grows with them. */
export const transactionTimeout = (blocks: number) => 5_000 + blocks;

export interface NewStatement {
  input: CreateStatementInput;
  read: ReadStatement;
  extras?: ImportReportExtras;
  /** The title was made from the delegation as read (a record's turn): it names the registry's name once stored. */
  titleFollowsDelegation?: boolean;
}

type Tx = Prisma.TransactionClient;

/** The uploaded file, kept once per workspace and content; the revisions read from it point to it. */
export async function keepImportFile(tx: Tx, actor: Pick<Actor, "workspaceId" | "userId">, file: UploadedFile): Promise<string> {
  const sha256 = createHash("sha256").update(file.bytes).digest("hex");
  const kept = await tx.importFile.upsert({
    where: { workspaceId_sha256: { workspaceId: actor.workspaceId, sha256 } },
    create: {
      workspaceId: actor.workspaceId,
      sha256,
      name: file.name.slice(0, 300),
      mediaType: file.mediaType.slice(0, 200),
      size: file.bytes.byteLength,
      bytes: new Uint8Array(file.bytes),
      createdById: actor.userId,
    },
    update: {},
    select: { id: true },
  });
  return kept.id;
}

/** A title made from a delegation as read ("People's Republic of China at …"), with the name it is stored under. */
function retitled(title: string, asRead: string | null | undefined, stored: string | null | undefined): string {
  if (!asRead || !stored || asRead === stored || !title.startsWith(asRead)) return title;
  return `${stored}${title.slice(asRead.length)}`.slice(0, 500);
}

/** Writes one statement, its first revision and its paragraphs, within the caller's transaction. */
export async function insertStatement(
  tx: Tx,
  actor: Pick<Actor, "workspaceId" | "userId">,
  item: NewStatement,
  importFileId: string | null,
) {
  const { input, read } = item;
  const meta: StatementMetadata = { ...input };
  for (const key of FILLABLE) meta[key] = input[key] ?? read.metadata[key] ?? null;
  const asRead = meta.delegation;
  Object.assign(meta, await normaliseSpeakers(tx, actor.workspaceId, { delegation: meta.delegation, onBehalfOf: meta.onBehalfOf }));
  if (item.titleFollowsDelegation) meta.title = retitled(meta.title, asRead, meta.delegation);
  const slug = await freeSlug(tx, actor.workspaceId, baseSlug(meta));
  const importReport = { dropped: read.dropped, metadata: read.metadata, ...item.extras };
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
      importFileId,
      createdById: actor.userId,
    },
  });
  await insertParagraphs(tx, { statementId: created.id, revisionId: revision.id }, read.paragraphs);
  return { statement: created, blocks: read.paragraphs as CanonicalBlock[], importReport };
}

/**
 * Runs `write` in one transaction, again when two imports took the same slug at once (the unique index refuses the
 * second): the slugs are chosen inside the transaction, so a retry chooses again.
 */
export async function withSlugRetry<T>(db: Db, blocks: number, write: (tx: Tx) => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await db.$transaction(write, { timeout: transactionTimeout(blocks) });
    } catch (e) {
      const slugClash = e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002";
      if (!slugClash || attempt >= 5) throw e;
    }
  }
}

/**
 * Stores a text, already read (read-import.ts, in the work pool), as a statement's first revision; metadata left
 * empty is filled from the hints the reading found. The uploaded file, if any, is kept with it. `inSameTransaction`
 * commits with the statement (an import job records its success there).
 */
export async function createStatement(
  db: Db,
  opts: NewStatement & {
    actor: Pick<Actor, "workspaceId" | "userId">;
    file?: UploadedFile;
    inSameTransaction?: (tx: Tx, statement: { id: string; slug: string; title: string }) => Promise<void>;
  },
) {
  return withSlugRetry(db, opts.read.paragraphs.length, async (tx) => {
    const fileId = opts.file ? await keepImportFile(tx, opts.actor, opts.file) : null;
    const created = await insertStatement(tx, opts.actor, opts, fileId);
    await opts.inSameTransaction?.(tx, created.statement);
    return created;
  });
}

/** Slugs that are paths of their own under /api/statements/ (GET /api/statements/deleted), never a statement's. */
const RESERVED_SLUGS = ["deleted"];

async function freeSlug(tx: Tx, workspaceId: string, base: string): Promise<string> {
  const rows = await tx.statement.findMany({ where: { workspaceId, slug: { startsWith: base } }, select: { slug: true } });
  return uniqueSlug(base, new Set([...RESERVED_SLUGS, ...rows.map((r) => r.slug)]));
}
