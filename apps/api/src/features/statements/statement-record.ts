import { z } from "zod";
import { readStoredRecord } from "../../db/stored-record.ts";

/**
 * A statement as its live events keep it (statement.updated, .deleted, .restored): which one, and the version it
 * reached. A reader reloads the statement rather than taking its metadata from the event, so nothing more is kept.
 */
export const STATEMENT_RECORD_SCHEMA = 1;

const StatementRecordV1 = z.object({ id: z.string(), slug: z.string(), version: z.number().int() });
export type StatementRecord = z.infer<typeof StatementRecordV1>;

export const storedStatementRecord = (s: StatementRecord) => ({
  schema: STATEMENT_RECORD_SCHEMA,
  id: s.id,
  slug: s.slug,
  version: s.version,
});

export const readStatementRecord = (stored: unknown): StatementRecord | null =>
  readStoredRecord(stored, STATEMENT_RECORD_SCHEMA, StatementRecordV1);
