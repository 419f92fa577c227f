import os from "node:os";
import pg from "pg";

/**
 * The settings the corpus benchmark's PostgreSQL runs with: a server's, not the embedded default's (shared_buffers
 * 128 MB and work_mem 4 MB, which suit a laptop's first start and left this corpus read from the OS's cache and the
 * facets' hashes spilling to disk). shared_buffers is a quarter of the memory, as PostgreSQL's documentation advises
 * for a dedicated server, and at most 2 GB (the corpus's tables and indexes are about 1 GB); random_page_cost is an
 * SSD's; parallel workers per query are half the cores. The same settings are the ones docs/ARCHITECTURE.md gives for a server holding a corpus this size.
 */
export function serverSettings(): Record<string, string> {
  const quarterMb = Math.floor(os.totalmem() / 4 / 2 ** 20);
  return {
    shared_buffers: `${Math.min(quarterMb, 2048)}MB`,
    work_mem: "32MB",
    effective_cache_size: `${Math.floor(os.totalmem() / 2 / 2 ** 20)}MB`,
    random_page_cost: "1.1",
    // Half the cores (pgtune's rule): on two, a query's two workers and its leader fight for them, and a search's page
    // took 170–300 ms with two workers where it took 93 ms with one.
    max_parallel_workers_per_gather: String(Math.max(1, Math.ceil(os.cpus().length / 2))),
  };
}

/** Writes the settings with ALTER SYSTEM and reloads; true when a restart is still needed for them (shared_buffers). */
export async function applyServerSettings(url: string, settings: Record<string, string>): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (const [name, value] of Object.entries(settings)) {
      // Names and values are this file's constants, not input; ALTER SYSTEM takes no parameters.
      await client.query(`ALTER SYSTEM SET ${name} = '${value}'`);
    }
    await client.query("SELECT pg_reload_conf()");
    // The reload is asynchronous: pending_restart is read after it has been signalled and handled.
    await new Promise((r) => setTimeout(r, 200));
    const { rows } = await client.query<{ pending: boolean }>("SELECT bool_or(pending_restart) AS pending FROM pg_settings");
    return rows[0]?.pending === true;
  } finally {
    await client.end();
  }
}
