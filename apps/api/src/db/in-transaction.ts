import type { Prisma } from "../generated/prisma/client.ts";
import type { Db } from "./database.ts";

/** The client, or a transaction already open: a use case given either can run inside its caller's transaction. */
export type DbOrTx = Db | Prisma.TransactionClient;

/** Runs `work` in a new transaction, or in the caller's when it is given one, so that all of it commits or none. */
export function inTransaction<T>(db: DbOrTx, work: (tx: Prisma.TransactionClient) => Promise<T>): Promise<T> {
  return "$transaction" in db ? db.$transaction(work) : work(db);
}
