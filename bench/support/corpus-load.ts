import { createHash, randomUUID } from "node:crypto";
import pg from "pg";
import { INSTRUMENT_REGISTRY } from "../../apps/api/src/features/vocabulary/instrument-registry.ts";
import { loadAnnotations, loadCodes } from "./corpus-annotations.ts";
import { loadStatements } from "./corpus-statements.ts";
import { corpusText } from "./corpus-text.ts";
import * as V from "./corpus-vocabulary.ts";

/** The search migration's indexes on paragraphs, dropped while the paragraphs go in and built after (timed). */
export const SEARCH_INDEXES = ["paragraphs_search_vector_idx", "paragraphs_text_trgm_idx"];
/** For the index builds (GIN builds in memory, and spills in batches past it). */
const MAINTENANCE_WORK_MEM = "512MB";

export interface IndexFigure {
  name: string;
  mb: number;
  buildSeconds: number;
}

/** What a load made and how long each step took; kept beside the database in the cache's marker. */
export interface CorpusLoad {
  workspaceId: string;
  token: string;
  statements: number;
  paragraphs: number;
  words: number;
  annotations: number;
  /** Candidate words by how many paragraphs hold them as written (corpus-words.ts checks them against the index). */
  wordCounts: [string, number][];
  seconds: Record<string, number>;
  indexes: IndexFigure[];
  /** Computing every paragraph's search vector, estimated from a sample: the trigger's work during the load. */
  vectorSecondsEstimate: number;
  tableMb: Record<string, number>;
  maintenanceWorkMem: string;
}

const timed = async <T>(seconds: Record<string, number>, step: string, run: () => Promise<T>): Promise<T> => {
  const t0 = performance.now();
  const out = await run();
  seconds[step] = (performance.now() - t0) / 1000;
  console.log(`  ${step}: ${seconds[step]!.toFixed(1)} s`);
  return out;
};

/** Loads the corpus into a migrated, empty database. */
export async function loadCorpus(url: string, statements: number, annotations: number): Promise<CorpusLoad> {
  const clients = [new pg.Client({ connectionString: url }), new pg.Client({ connectionString: url })];
  await Promise.all(clients.map((c) => c.connect()));
  const sql = clients[0]!;
  const seconds: Record<string, number> = {};
  try {
    const workspaceId = randomUUID();
    const token = `vbt_bench_${randomUUID()}`;
    const admin = randomUUID();
    const analysts = V.ANALYSTS.map(() => randomUUID());
    await sql.query("INSERT INTO workspaces (id, name) VALUES ($1, 'Corpus desk (bench)')", [workspaceId]);
    for (const [id, name, role] of [
      [admin, "Bench Admin", "admin"],
      ...analysts.map((id, i) => [id, V.ANALYSTS[i]!, "analyst"]),
    ] as const) {
      await sql.query("INSERT INTO users (id, email, name, password_hash) VALUES ($1, $2, $3, 'not-a-hash')", [
        id,
        `${name.toLowerCase().replace(/ /g, ".")}@bench.example`,
        name,
      ]);
      await sql.query("INSERT INTO memberships (user_id, workspace_id, role) VALUES ($1, $2, $3)", [id, workspaceId, role]);
    }
    await sql.query("INSERT INTO api_tokens (id, token_hash, name, user_id, workspace_id) VALUES ($1, $2, 'bench', $3, $4)", [
      randomUUID(),
      createHash("sha256").update(token).digest("hex"),
      admin,
      workspaceId,
    ]);
    for (const i of INSTRUMENT_REGISTRY) {
      await sql.query(
        "INSERT INTO instruments (id, workspace_id, key, name, short_names, symbol, adopted_by, in_force) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        [randomUUID(), workspaceId, i.key, i.name, i.shortNames, i.symbol, i.adoptedBy, i.inForce],
      );
    }
    const { rows: defs } = await sql.query<{ indexname: string; indexdef: string }>(
      "SELECT indexname, indexdef FROM pg_indexes WHERE indexname = ANY($1)",
      [SEARCH_INDEXES],
    );
    for (const d of defs) await sql.query(`DROP INDEX ${d.indexname}`);

    const text = corpusText();
    const loaded = await timed(seconds, "statements, revisions and paragraphs (search vectors by trigger)", () =>
      loadStatements(clients, { workspaceId, authorId: analysts[0]!, text, statements }),
    );
    await timed(seconds, "annotations", () =>
      loadAnnotations(
        sql,
        workspaceId,
        analysts,
        INSTRUMENT_REGISTRY.map((i) => i.key),
        annotations,
      ),
    );
    await timed(seconds, "topics and labels", () => loadCodes(sql, workspaceId));
    await sql.query(`SET maintenance_work_mem = '${MAINTENANCE_WORK_MEM}'`);
    const indexes: IndexFigure[] = [];
    for (const d of defs) {
      const t0 = performance.now();
      await sql.query(d.indexdef);
      indexes.push({ name: d.indexname, mb: 0, buildSeconds: (performance.now() - t0) / 1000 });
      console.log(`  index ${d.indexname}: built in ${indexes.at(-1)!.buildSeconds.toFixed(1)} s`);
    }
    await timed(seconds, "VACUUM ANALYZE", () => sql.query("VACUUM ANALYZE"));
    const sizes = await relationSizes(sql);
    for (const i of indexes) i.mb = sizes[i.name] ?? Number.NaN;
    const vectorSecondsEstimate = await vectorCost(sql, loaded.paragraphs);
    const wordCounts = [...loaded.paragraphsWith].filter(([w]) => /^[a-z]{3,}$/.test(w));
    return {
      workspaceId,
      token,
      statements,
      paragraphs: loaded.paragraphs,
      words: loaded.words,
      annotations,
      wordCounts,
      seconds,
      indexes,
      vectorSecondsEstimate,
      tableMb: sizes,
      maintenanceWorkMem: MAINTENANCE_WORK_MEM,
    };
  } finally {
    await Promise.all(clients.map((c) => c.end()));
  }
}

/** Sizes in MB of the paragraphs' and annotations' tables (with TOAST) and of every index on them. */
export async function relationSizes(sql: pg.Client): Promise<Record<string, number>> {
  const { rows } = await sql.query<{ name: string; bytes: string }>(
    `SELECT c.relname AS name, CASE WHEN c.relkind = 'r' THEN pg_table_size(c.oid) ELSE pg_relation_size(c.oid) END AS bytes
     FROM pg_class c LEFT JOIN pg_index i ON i.indexrelid = c.oid
     WHERE c.relname IN ('paragraphs', 'annotations', 'annotation_codes', 'statements', 'revisions')
       OR i.indrelid IN ('paragraphs'::regclass, 'annotations'::regclass, 'annotation_codes'::regclass)`,
  );
  return Object.fromEntries(rows.map((r) => [r.name, Number(r.bytes) / 1024 / 1024]));
}

/** Seconds to compute every paragraph's search vector, from 20,000 paragraphs' (one backend, as an UPDATE would). */
async function vectorCost(sql: pg.Client, paragraphs: number): Promise<number> {
  const sample = Math.min(paragraphs, 20_000);
  const t0 = performance.now();
  await sql.query(
    `SELECT count(verbatim_search_vector(verbatim_search_config(s.language), p.text))
     FROM (SELECT statement_id, text FROM paragraphs LIMIT $1) p JOIN statements s ON s.id = p.statement_id`,
    [sample],
  );
  return ((performance.now() - t0) / 1000) * (paragraphs / sample);
}
