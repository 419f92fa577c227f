import { z } from "zod";
import { readStoredRecord } from "../../db/stored-record.ts";

/**
 * An `annotations.recoded` event's payload, written by SQL (codebook/recoded-annotations-sql.ts) for a statement's
 * annotations a codebook operation changed: each one's ID and the version it reached.
 */
export const RECODED_RECORD_SCHEMA = 1;

const RecodedV1 = z.object({ annotations: z.array(z.object({ id: z.string(), version: z.number().int() })) });
export type RecodedRecord = z.infer<typeof RecodedV1>;

export const readRecodedRecord = (stored: unknown): RecodedRecord | null => readStoredRecord(stored, RECODED_RECORD_SCHEMA, RecodedV1);
