import { createPrismaClient, type Db } from "./database.ts";
import { anyErrorLayer } from "./error-layers.ts";

/**
 * The corpus's reads (search, its facets, retrieved passages, the matrix: issue 17) run on a client of their own. A
 * count over a whole corpus can take seconds (the facets of a word in half the paragraphs, a matrix over every
 * annotation), and these reads must never hold the connections that every other request needs: at most
 * CORPUS_POOL_SIZE of them run at once, the rest wait for one of these, and each statement is cancelled past
 * CORPUS_STATEMENT_TIMEOUT_MS (the request answers 422 too_complex). A read replica's URL would go here too
 * (docs/ARCHITECTURE.md, "Scale").
 */
export const CORPUS_POOL_SIZE = 4;
export const CORPUS_STATEMENT_TIMEOUT_MS = 30_000;

export function createCorpusDb(url: string, statementTimeoutMs = CORPUS_STATEMENT_TIMEOUT_MS): Db {
  return createPrismaClient(url, CORPUS_POOL_SIZE, statementTimeoutMs);
}

/** The SQLSTATE of a statement cancelled, here by statement_timeout. */
const QUERY_CANCELED = "57014";

/** Whether a statement was cancelled by its timeout, in the error or any it wraps. */
export function isStatementTimeout(err: unknown): boolean {
  return anyErrorLayer(err, (e) => [e.code, e.originalCode].includes(QUERY_CANCELED));
}
