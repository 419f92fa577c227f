import type { Db } from "../db/database.ts";
import type { Prisma } from "../generated/prisma/client.ts";

/**
 * The caller's transaction as a Db, so that use cases which open their own transaction (writeAnnotationChange
 * through reviewAnnotation) run inside it instead: their `$transaction(fn)` runs `fn` on this one. A failure
 * anywhere then rolls back everything the caller did, which is what an all-or-nothing action (adopting one
 * version and rejecting the others) needs.
 */
export function joinTransaction(tx: Prisma.TransactionClient): Db {
  const $transaction = (work: unknown) => {
    if (typeof work !== "function") throw new Error("joinTransaction supports interactive transactions only");
    return (work as (client: Prisma.TransactionClient) => Promise<unknown>)(tx);
  };
  return new Proxy(tx, {
    get(target, property) {
      if (property === "$transaction") return $transaction;
      const value: unknown = Reflect.get(target, property);
      return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  }) as unknown as Db;
}
