/**
 * Prisma's WebAssembly schema engine, driven directly: the Prisma CLI cannot run `migrate` on machines where
 * its native engine cannot be downloaded. The engine's JS API is internal to Prisma; this wrapper is written
 * against the exact version pinned in apps/api/package.json (@prisma/schema-engine-wasm 7.10.0-4.0edf323…,
 * the engine of the prisma 7.10.0 CLI). Check it again before moving that pin.
 */
import { readdir, readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { DiffTarget, MigrationDirectory, MigrationList, SchemaEngine, SchemaFilter } from "@prisma/schema-engine-wasm";
import { EngineAdapterFactory } from "./schema-engine-adapter.ts";

export type { DiffTarget, MigrationList, SchemaEngine } from "@prisma/schema-engine-wasm";

type Log = (message: string) => void;

/** The parts of `schema_engine_bg.js` used here (its own .d.ts types `__wbg_set_wasm` with `any`). */
interface EngineBindings {
  SchemaEngine: {
    new: (options: { datamodels: [string, string][] | undefined }, log: (line: string) => void, adapter: object) => Promise<SchemaEngine>;
  };
  __wbg_set_wasm(exports: Record<string, unknown>): void;
  version(): string;
}

/** The WebAssembly global as used here (this project's TypeScript libs do not declare it). */
interface WebAssemblyApi {
  compile(bytes: Uint8Array): Promise<object>;
  instantiate(module: object, imports: Record<string, object>): Promise<{ exports: Record<string, unknown> }>;
}
const wasm = (globalThis as unknown as { WebAssembly: WebAssemblyApi }).WebAssembly;

/** Where the engine reports a Rust panic's message before it throws (`global.PRISMA_WASM_PANIC_REGISTRY.set_message`). */
interface PanicRegistry {
  set_message(message: string): void;
}
declare global {
  var PRISMA_WASM_PANIC_REGISTRY: PanicRegistry | undefined;
}
let lastPanic: string | null = null;

/** The engine build this file was checked against: the engine hash of the prisma 7.10.0 CLI (@prisma/engines-version). */
const ENGINE_HASH = "0edf323efd1d98336f3f0a68684b56f689b900d3";

let bindings: Promise<EngineBindings> | null = null;

/**
 * The package's entry imports its `.wasm` as an ES module, which Node 20 cannot load, so we do what that
 * entry does by hand: import the JS glue by file path, compile and instantiate the `.wasm` against it.
 */
export function loadSchemaEngine(): Promise<EngineBindings> {
  bindings ??= (async () => {
    const require = createRequire(import.meta.url);
    const glue = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const wasmFile = path.join(path.dirname(glue), "schema_engine_bg.wasm");
    globalThis.PRISMA_WASM_PANIC_REGISTRY ??= { set_message: (m: string) => void (lastPanic = m) };
    const mod = (await import(pathToFileURL(glue).href)) as EngineBindings;
    const compiled = await wasm.compile(await readFile(wasmFile));
    const instance = await wasm.instantiate(compiled, { "./schema_engine_bg.js": mod });
    mod.__wbg_set_wasm(instance.exports);
    const start = instance.exports["__wbindgen_start"];
    if (typeof start !== "function")
      throw new Error(`${wasmFile} has no __wbindgen_start export: not the engine build this code was written for`);
    start();
    if (mod.version() !== ENGINE_HASH) {
      throw new Error(
        `@prisma/schema-engine-wasm is engine ${mod.version()}, but apps/api/src/db/schema-engine*.ts were written for ${ENGINE_HASH}: ` +
          "its API is internal to Prisma, so check them against the new version and update ENGINE_HASH",
      );
    }
    return mod;
  })();
  return bindings;
}

export interface SchemaFile {
  path: string;
  content: string;
}

export const noFilters: SchemaFilter = { externalTables: [], externalEnums: [] };

/**
 * Runs `fn` with an engine connected to `databaseUrl` (the engine opens a connection when created, and
 * creates its shadow databases on that server), then frees the engine and closes its connections.
 */
export async function withSchemaEngine<T>(
  opts: { databaseUrl: string; schema: SchemaFile; log?: Log },
  fn: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  const { SchemaEngine } = await loadSchemaEngine();
  const factory = new EngineAdapterFactory(opts.databaseUrl);
  const adapter = bindMigrationAwareSqlAdapterFactory(factory);
  try {
    const engine = await SchemaEngine.new({ datamodels: [[opts.schema.path, opts.schema.content]] }, engineLogger(opts.log), adapter);
    try {
      return await fn(engine);
    } finally {
      engine.free();
    }
  } catch (e) {
    throw engineError(e, adapter.errorRegistry);
  } finally {
    await factory.close();
  }
}

/** The engine logs JSON lines (tracing events); pass on warnings and errors. */
function engineLogger(log: Log | undefined): (line: string) => void {
  return (line) => {
    if (!log) return;
    try {
      const event = JSON.parse(line) as { level?: unknown; fields?: { message?: unknown } };
      if (event.level === "WARN" || event.level === "ERROR") log(`schema engine: ${String(event.fields?.message ?? line.trim())}`);
    } catch {
      log(`schema engine: ${line.trim()}`);
    }
  };
}

/**
 * Errors our adapter code throws (rather than adapter-pg's mapped database errors) reach the engine as ids in
 * the adapter's error registry, and come back as "External error id#N": put the original message back.
 */
function engineError(e: unknown, registry: { consumeError(id: number): { error: unknown } | undefined }): Error {
  if (lastPanic !== null) {
    const message = lastPanic;
    lastPanic = null;
    return new Error(`schema engine panicked: ${message}`, { cause: e });
  }
  if (e instanceof Error) {
    const id = /External error id#(\d+)/.exec(e.message)?.[1];
    const original = id === undefined ? undefined : registry.consumeError(Number(id))?.error;
    if (original instanceof Error) return new Error(`${e.message.split("\n")[0] ?? ""}: ${original.message}`, { cause: original });
    return e;
  }
  return new Error(String(e));
}

const LOCKFILE = "migration_lock.toml";

/** The migrations folder as Prisma's CLI reads it for the engine (every subfolder, sorted by name). */
export async function readMigrationList(baseDir: string): Promise<MigrationList> {
  const lockContent = await readFile(path.join(baseDir, LOCKFILE), "utf8").catch(() => null);
  const entries = await readdir(baseDir, { withFileTypes: true }).catch(() => []);
  const dirs = entries.filter((e) => e.isDirectory()).map((e) => e.name);
  const migrationDirectories: MigrationDirectory[] = await Promise.all(
    dirs.map(async (name) => ({
      path: name,
      migrationFile: {
        path: "migration.sql",
        content: await readFile(path.join(baseDir, name, "migration.sql"), "utf8").then(
          (value) => ({ tag: "ok" as const, value }),
          (err: unknown) => ({ tag: "error" as const, value: err instanceof Error ? err.message : String(err) }),
        ),
      },
    })),
  );
  migrationDirectories.sort((a, b) => a.path.localeCompare(b.path));
  return { baseDir, lockfile: { path: LOCKFILE, content: lockContent }, shadowDbInitScript: "", migrationDirectories };
}

/** The lock file `prisma migrate dev` writes (byte for byte). */
export function lockfileContent(provider = "postgresql"): string {
  return `# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "${provider}"\n`;
}

/**
 * The SQL that takes a database from `from` to `to` (`prisma migrate diff --script`), or null when they match.
 * A `migrations` target is applied to a shadow database the engine creates on the connected server.
 */
export async function diffSql(
  engine: SchemaEngine,
  opts: { from: DiffTarget; to: DiffTarget; filters?: SchemaFilter },
): Promise<string | null> {
  const result = await engine.diff({ from: opts.from, to: opts.to, script: true, exitCode: true, filters: opts.filters ?? noFilters });
  // With exitCode set, the engine answers 2 when the diff is not empty (0 otherwise), as `--exit-code` does.
  if (result.exitCode === 0) return null;
  if (result.exitCode !== 2 || result.stdout === null) throw new Error(`schema engine diff returned exit code ${result.exitCode}`);
  return result.stdout;
}
