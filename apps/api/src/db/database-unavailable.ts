import { anyErrorLayer } from "./error-layers.ts";

/** Socket errors of a server that is not listening, or that dropped the connection. */
const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET"]);
/** SQLSTATEs of a server shutting down, crashed or starting up (57P01-57P03), or of a lost connection (class 08). */
const SQLSTATES = new Set(["57P01", "57P02", "57P03", "08000", "08001", "08003", "08006"]);
/** Prisma's codes and its driver adapter's kinds for the same: unreachable, timed out, connection closed. */
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017"]);
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "SocketTimeout", "ConnectionClosed"]);
/** pg reports a connection lost mid-query, or a pool that could not connect in time, by message alone. */
const PG_MESSAGES = /Connection terminated|timeout exceeded when trying to connect|Can't reach database server/;

/**
 * Whether an error means that the database cannot be reached right now (down, restarting, the connection lost) rather
 * than a bug, in the error or any it wraps.
 */
export function isDatabaseUnavailable(err: unknown): boolean {
  return anyErrorLayer(err, (e) => {
    for (const value of [e.code, e.originalCode, e.kind]) {
      if (typeof value !== "string") continue;
      if (SOCKET_CODES.has(value) || SQLSTATES.has(value) || PRISMA_CODES.has(value) || ADAPTER_KINDS.has(value)) return true;
    }
    return typeof e.message === "string" && PG_MESSAGES.test(e.message);
  });
}
