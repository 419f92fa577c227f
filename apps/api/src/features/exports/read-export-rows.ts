import type { Socket } from "node:net";
import pg from "pg";
import type { ExportRow } from "./export-row.ts";

/**
 * Rows parsed ahead of the consumer before reading from the database stops. Kept small: whatever is alive
 * when V8 scavenges is promoted to the old generation and stays until a full collection. In the export
 * benchmark (100,000 rows), holding 200 rows at a time spent 0.7 s per export in scavenges and raised the
 * API's peak RSS by about 130 MB; a few dozen rows cost neither.
 */
export const EXPORT_ROWS_AHEAD = 48;

/**
 * The query's rows as they arrive, in small batches. One query runs to its end, with nothing to ask for
 * between batches (a cursor's round trips left the database idle half the time); the consumer's pace
 * holds it back instead: when EXPORT_ROWS_AHEAD rows wait, the connection's socket is paused, so the
 * database blocks on a full socket until the consumer takes them. A consumer that stops early leaves the
 * query running: the caller must then discard the connection (ExportSession.close(true) does).
 */
export async function* readExportRows<Row = ExportRow>(
  client: pg.PoolClient,
  query: { text: string; values: unknown[] },
  rowsAhead = EXPORT_ROWS_AHEAD,
): AsyncGenerator<Row[]> {
  const socket = socketOf(client);
  let waiting: Row[] = [];
  let ended = false;
  let failure: { error: unknown } | null = null;
  let wake: (() => void) | null = null;
  const notify = () => {
    wake?.();
    wake = null;
  };
  const running = new pg.Query(query.text, query.values);
  running.on("row", (row: Row) => {
    waiting.push(row);
    if (waiting.length === rowsAhead) socket.pause();
    notify();
  });
  running.on("end", () => {
    ended = true;
    notify();
  });
  running.on("error", (error: unknown) => {
    failure = { error };
    notify();
  });
  client.query(running);
  for (;;) {
    if (failure) throw (failure as { error: unknown }).error;
    if (waiting.length > 0) {
      const batch = waiting;
      waiting = [];
      socket.resume();
      yield batch;
    } else if (ended) return;
    else await new Promise<void>((resolve) => (wake = resolve));
  }
}

/** The socket under a pg client. */
function socketOf(client: pg.PoolClient): Pick<Socket, "pause" | "resume"> {
  const socket = (client as unknown as { connection?: { stream?: Socket } }).connection?.stream;
  if (!socket) throw new Error("this pg client has no socket to read from");
  return socket;
}
