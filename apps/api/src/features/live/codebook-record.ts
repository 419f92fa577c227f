import { CodeRef } from "@verbatim/core";
import { z } from "zod";
import { readStoredRecord } from "../../db/stored-record.ts";

/** A codebook event's payload: what the operation did (the contract's CodebookChangeSummary, as stored). */
export const CODEBOOK_RECORD_SCHEMA = 1;

const CodebookV1 = z.object({
  code: CodeRef.nullable(),
  previousName: z.string().nullable(),
  into: CodeRef.nullable(),
  annotations: z.number().int(),
});
export type CodebookRecord = z.infer<typeof CodebookV1>;

export const storedCodebookRecord = (r: CodebookRecord) => ({ schema: CODEBOOK_RECORD_SCHEMA, ...r });

export const readCodebookRecord = (stored: unknown): CodebookRecord | null => readStoredRecord(stored, CODEBOOK_RECORD_SCHEMA, CodebookV1);
