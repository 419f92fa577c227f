import { z } from "zod";
import { readStoredRecord } from "../../db/stored-record.ts";

/** A deletion's payload names what to drop, and the version it reached: a reader could not GET it any more either. */
export const REMOVAL_RECORD_SCHEMA = 1;

const RemovalV1 = z.object({ id: z.string(), version: z.number().int(), annotationId: z.string().optional() });
export type RemovalRecord = z.infer<typeof RemovalV1>;

export const storedRemoval = (r: RemovalRecord) => ({ schema: REMOVAL_RECORD_SCHEMA, ...r });

export const readRemovalRecord = (stored: unknown): RemovalRecord | null => readStoredRecord(stored, REMOVAL_RECORD_SCHEMA, RemovalV1);
