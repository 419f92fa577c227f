import type { Actor } from "../../auth/actor.ts";
import type { Db } from "../../db/database.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import type { UploadedFile } from "../../http/multipart.ts";
import { insertStatement, keepImportFile, type NewStatement, withSlugRetry } from "../statements/create-statement.ts";

export interface StoredStatement {
  id: string;
  slug: string;
  title: string;
  speaker: string | null;
  delegation: string | null;
}

/**
 * Stores a record's statements in one transaction, all or none: an import that failed half-way would leave the
 * analyst to find which turns made it. `onStored` reports each one (a job's progress).
 */
export async function storeRecordStatements(
  db: Db,
  opts: {
    actor: Pick<Actor, "workspaceId" | "userId">;
    statements: readonly NewStatement[];
    /** The record's file, kept in the same transaction as its statements; or its row, kept already (a job's). */
    file?: UploadedFile;
    importFileId?: string | null;
    onStored?: (done: number) => Promise<void>;
    inSameTransaction?: (tx: Prisma.TransactionClient, stored: StoredStatement[]) => Promise<void>;
  },
): Promise<StoredStatement[]> {
  const blocks = opts.statements.reduce((n, s) => n + s.read.paragraphs.length + 20, 0);
  return withSlugRetry(db, blocks, async (tx) => {
    const fileId = opts.file ? await keepImportFile(tx, opts.actor, opts.file) : (opts.importFileId ?? null);
    const stored: StoredStatement[] = [];
    for (const item of opts.statements) {
      const { statement } = await insertStatement(tx, opts.actor, item, fileId);
      stored.push({
        id: statement.id,
        slug: statement.slug,
        title: statement.title,
        speaker: statement.speaker,
        delegation: statement.delegation,
      });
      await opts.onStored?.(stored.length);
    }
    await opts.inSameTransaction?.(tx, stored);
    return stored;
  });
}
