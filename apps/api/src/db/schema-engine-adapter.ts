/**
 * The driver adapter the WebAssembly schema engine talks to PostgreSQL through: @prisma/adapter-pg, with three
 * corrections that make the engine behave as Prisma's native engine does (adapter-pg is written for Prisma
 * Client's queries, not for the engine's catalog queries and migration scripts):
 *
 * 1. Columns of PostgreSQL's one-byte `"char"` type (pg_constraint.contype, confdeltype, confupdtype, …) are
 *    refused by adapter-pg ("Column type 'char' could not be deserialized"), so the engine cannot describe a
 *    database. We present them to adapter-pg as text and to the engine as the Character column type, which is
 *    what the engine's describer reads them as (`get_expect_char`).
 * 2. adapter-pg's `executeScript` splits a script on every `;` (even inside strings, comments and function
 *    bodies) and runs the pieces one by one. We send the whole script as one simple-protocol query instead,
 *    as the native engine does, so a migration runs exactly as `prisma migrate deploy` runs it.
 * 3. adapter-pg's `connectToShadowDb` overrides the database of a config whose connection string names one,
 *    which pg ignores, so its "shadow database" is the main one. We create the shadow database ourselves and
 *    connect to it by URL, and drop it when the engine lets it go (or when we close).
 */
import { randomUUID } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import {
  ColumnTypeEnum,
  type IsolationLevel,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
  type SqlQuery,
  type SqlResultSet,
  type Transaction,
} from "@prisma/driver-adapter-utils";
import pg from "pg";

const CHAR_OID = 18; // PostgreSQL's internal one-byte "char" type
const TEXT_OID = 25;

/** Result rows (the array object adapter-pg hands back unchanged) → the indexes of their `"char"` columns. */
const charColumns = new WeakMap<object, number[]>();

interface QueryResultLike {
  fields?: { dataTypeID: number }[];
  rows?: unknown;
}
type QueryFn = (...args: unknown[]) => unknown;

function noteCharColumns(result: unknown): void {
  for (const r of Array.isArray(result) ? (result as unknown[]) : [result]) {
    const res = r as QueryResultLike | null;
    if (!res?.fields || typeof res.rows !== "object" || res.rows === null) continue;
    const indexes: number[] = [];
    res.fields.forEach((f, i) => {
      if (f.dataTypeID === CHAR_OID) {
        f.dataTypeID = TEXT_OID;
        indexes.push(i);
      }
    });
    if (indexes.length > 0) charColumns.set(res.rows, indexes);
  }
}

/** Wraps a pg client's `query` (callback and promise forms) so results are seen before adapter-pg maps types. */
function watchCharColumns(client: pg.PoolClient): void {
  const target = client as unknown as { query: QueryFn };
  const query = target.query.bind(client) as QueryFn;
  target.query = (...args: unknown[]): unknown => {
    const last = args.length - 1;
    const callback = args[last];
    if (typeof callback === "function") {
      args[last] = (err: unknown, res: unknown) => {
        if (!err) noteCharColumns(res);
        (callback as (err: unknown, res: unknown) => void)(err, res);
      };
      return query(...args);
    }
    const out = query(...args);
    return out instanceof Promise ? out.then((res: unknown) => (noteCharColumns(res), res)) : out;
  };
}

function withCharColumns(result: SqlResultSet): SqlResultSet {
  const indexes = charColumns.get(result.rows);
  if (!indexes) return result;
  const columnTypes = [...result.columnTypes];
  for (const i of indexes) columnTypes[i] = ColumnTypeEnum.Character;
  return { ...result, columnTypes };
}

function engineTransaction(inner: Transaction): Transaction {
  const tx: Transaction = {
    provider: inner.provider,
    adapterName: inner.adapterName,
    options: inner.options,
    queryRaw: async (q: SqlQuery) => withCharColumns(await inner.queryRaw(q)),
    executeRaw: (q: SqlQuery) => inner.executeRaw(q),
    commit: () => inner.commit(),
    rollback: () => inner.rollback(),
  };
  if (inner.createSavepoint) tx.createSavepoint = inner.createSavepoint.bind(inner);
  if (inner.rollbackToSavepoint) tx.rollbackToSavepoint = inner.rollbackToSavepoint.bind(inner);
  if (inner.releaseSavepoint) tx.releaseSavepoint = inner.releaseSavepoint.bind(inner);
  return tx;
}

async function connectAdapter(url: string, onDispose: () => Promise<void>): Promise<SqlDriverAdapter> {
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  pool.on("connect", watchCharColumns);
  const inner = await new PrismaPg(pool, { disposeExternalPool: true }).connect();
  if (inner.underlyingDriver?.() !== pool) throw new Error("@prisma/adapter-pg did not take our pg.Pool (two copies of pg installed?)");
  let disposed = false;
  const adapter: SqlDriverAdapter = {
    provider: inner.provider,
    adapterName: inner.adapterName,
    queryRaw: async (q: SqlQuery) => withCharColumns(await inner.queryRaw(q)),
    executeRaw: (q: SqlQuery) => inner.executeRaw(q),
    // No parameters → pg uses the simple query protocol, which runs a multi-statement script as sent.
    executeScript: async (script: string) => void (await inner.executeRaw({ sql: script, args: [], argTypes: [] })),
    startTransaction: async (isolationLevel?: IsolationLevel) => engineTransaction(await inner.startTransaction(isolationLevel)),
    dispose: async () => {
      if (disposed) return;
      disposed = true;
      await inner.dispose();
      await onDispose();
    },
  };
  if (inner.getConnectionInfo) adapter.getConnectionInfo = inner.getConnectionInfo.bind(inner);
  return adapter;
}

function databaseUrl(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${encodeURIComponent(database)}`;
  return u.toString();
}

async function onServer(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export class EngineAdapterFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = "postgres";
  readonly adapterName = "@prisma/adapter-pg";
  private readonly open = new Set<SqlDriverAdapter>();

  constructor(private readonly url: string) {}

  async connect(): Promise<SqlDriverAdapter> {
    const adapter: SqlDriverAdapter = await connectAdapter(this.url, async () => void this.open.delete(adapter));
    this.open.add(adapter);
    return adapter;
  }

  async connectToShadowDb(): Promise<SqlDriverAdapter> {
    const name = `prisma_migrate_shadow_db_${randomUUID()}`;
    const drop = () => onServer(this.url, `DROP DATABASE IF EXISTS "${name}"`);
    await onServer(this.url, `CREATE DATABASE "${name}"`);
    const adapter: SqlDriverAdapter = await connectAdapter(databaseUrl(this.url, name), async () => {
      this.open.delete(adapter);
      await drop();
    }).catch(async (e: unknown) => {
      await drop().catch(() => {});
      throw e;
    });
    this.open.add(adapter);
    return adapter;
  }

  /** Closes every connection the engine left open (freeing the engine does not) and drops shadow databases. */
  async close(): Promise<void> {
    for (const adapter of [...this.open]) await adapter.dispose();
  }
}
