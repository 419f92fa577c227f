import type { UploadedFile } from "../../http/multipart.ts";

/**
 * A record imported within its request: a file of at most 300 KB (a PDF of some 30 pages) or text of 300,000
 * characters, and at most 40 turns. Past that, reading the PDF and storing the statements can take seconds: it is a
 * job (import-record-job.ts), answered 202, whose progress the analyst sees.
 */
export const SYNC_RECORD_BYTES = 300_000;
export const SYNC_RECORD_TURNS = 40;

export function recordRunsAsJob(input: { file?: UploadedFile; text?: { content: string }; turns?: readonly unknown[] }): boolean {
  const size = input.file?.bytes.byteLength ?? input.text?.content.length ?? 0;
  return size > SYNC_RECORD_BYTES || (input.turns?.length ?? 0) > SYNC_RECORD_TURNS;
}
