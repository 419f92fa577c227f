/**
 * The longest text an import reads and stores within its request: half the 2 MB a statement may hold. Plain text that
 * long (20,000 paragraphs is 0.77 M characters) reads and stores in a second or two, well inside a request's budget;
 * a longer one is imported as a job (import-statement-job.ts), answered with 202, and may take up to a job's budget.
 */
export const SYNC_IMPORT_CHARS = 1_000_000;

export const importRunsAsJob = (content: string): boolean => content.length > SYNC_IMPORT_CHARS;
