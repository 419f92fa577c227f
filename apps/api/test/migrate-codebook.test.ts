import { cpSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { migrationsDir } from "../src/db/database.ts";
import { applyMigrations } from "../src/db/migrate.ts";

/** The migrations before `until` in a folder of their own. */
function migrationsBefore(until: string): string {
  const to = mkdtempSync(path.join(os.tmpdir(), "verbatim-migrations-"));
  for (const entry of readdirSync(migrationsDir)) {
    if (entry < until || entry === "migration_lock.toml")
      cpSync(path.join(migrationsDir, entry), path.join(to, entry), { recursive: true });
  }
  return to;
}

/**
 * The codebook migration on a database that has labels and topics: every spelling becomes a code once, each annotation
 * keeps its labels and topics in order, and no topic is left in the stored attributes.
 */
const CODEBOOK = "20261205160312_add_codebook";
const UNDO_ARRAYS = "20261205191500_codebook_undo_arrays";
const serverUrl = () =>
  inject("databaseServerUrls")[(Number(process.env.VITEST_POOL_ID ?? "1") - 1) % inject("databaseServerUrls").length]!;
const name = `verbatim_migration_${randomBytes(6).toString("hex")}`;
let databaseUrl: string;
let client: pg.Client;
let dir: string;

async function admin(sql: string): Promise<void> {
  const c = new pg.Client({ connectionString: serverUrl() });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

// An empty database taken to the migration before the codebook's, as a deployment of the previous version had it.
beforeAll(async () => {
  await admin(`CREATE DATABASE ${name} TEMPLATE template0`);
  const url = new URL(serverUrl());
  url.pathname = `/${name}`;
  databaseUrl = url.toString();
  dir = migrationsBefore(CODEBOOK);
  await applyMigrations(databaseUrl, dir, () => {});
  client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
});
afterAll(async () => {
  await client?.end();
  rmSync(dir, { recursive: true, force: true });
  await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
});

describe("the codebook migration", () => {
  it("turns labels and topics into codes, one per spelling aside, and keeps every annotation's in order", async () => {
    const ids = {
      ws: "00000000-0000-4000-8000-000000000001",
      user: "00000000-0000-4000-8000-000000000002",
      st: "00000000-0000-4000-8000-000000000003",
    };
    await client.query(`INSERT INTO workspaces (id, name) VALUES ($1, 'Desk')`, [ids.ws]);
    await client.query(`INSERT INTO users (id, email, name, password_hash) VALUES ($1, 'a@example.org', 'Ana', 'x')`, [ids.user]);
    await client.query(
      `INSERT INTO statements (id, workspace_id, slug, title, next_paragraph_id, next_heading_id, created_by, updated_at)
       VALUES ($1, $2, 's', 'S', 2, 1, $3, now())`,
      [ids.st, ids.ws, ids.user],
    );
    const annotate = (id: string, attributes: object, labels: string[], createdAt: string) =>
      client.query(
        `INSERT INTO annotations (id, workspace_id, statement_id, revision, anchor_revision, kind, paragraph_id, start, "end", exact, prefix,
           suffix, attributes, labels, author_id, created_at, updated_at)
         VALUES ($1, $2, $3, 1, 1, 'position', 'p1', 0, 4, 'text', '', '', $4, $5, $6, $7, now())`,
        [id, ids.ws, ids.st, JSON.stringify(attributes), labels, ids.user, createdAt],
      );
    await client.query(`INSERT INTO labels (id, workspace_id, name) VALUES (gen_random_uuid(), $1, 'Unused label')`, [ids.ws]);
    await annotate(
      "00000000-0000-4000-8000-00000000000a",
      { stance: "urges", topics: ["Cybercrime", "Oceans"] },
      ["ODA", "follow up"],
      "2024-01-01",
    );
    await annotate(
      "00000000-0000-4000-8000-00000000000b",
      { stance: "supports", topics: ["cyber crime"] },
      ["Follow-up", "ODA"],
      "2024-01-02",
    );
    await annotate("00000000-0000-4000-8000-00000000000c", { stance: "notes", topics: ["cybercrime"] }, [], "2024-01-03");

    const next = migrationsBefore(UNDO_ARRAYS);
    try {
      await applyMigrations(databaseUrl, next, () => {});
    } finally {
      rmSync(next, { recursive: true, force: true });
    }

    const codes = await client.query<{ code: string }>(`SELECT type::text || ':' || name AS code FROM codes ORDER BY 1`);
    // "Cybercrime", "cyber crime" and "cybercrime" are one topic (each used once: the tie goes to the first by name);
    // "follow up" and "Follow-up" one label; a label in the vocabulary that no annotation used is kept too.
    expect(codes.rows.map((c) => c.code)).toEqual([
      "label:Follow-up",
      "label:ODA",
      "label:Unused label",
      "topic:Cybercrime",
      "topic:Oceans",
    ]);
    const uses = await client.query<{ id: string; codes: string[] }>(`
      SELECT a.id, array_agg(c.type || ':' || c.name ORDER BY c.type, ac.position) AS codes
      FROM annotations a JOIN annotation_codes ac ON ac.annotation_id = a.id JOIN codes c ON c.id = ac.code_id
      GROUP BY a.id ORDER BY a.id`);
    expect(uses.rows.map((r) => r.codes)).toEqual([
      ["topic:Cybercrime", "topic:Oceans", "label:ODA", "label:Follow-up"],
      ["topic:Cybercrime", "label:Follow-up", "label:ODA"],
      ["topic:Cybercrime"],
    ]);
    const left = await client.query(`SELECT count(*)::int AS n FROM annotations WHERE attributes ? 'topics'`);
    expect(left.rows[0].n).toBe(0);
  });

  // Taken on from the database the test above left: an undo kept one row per use before, arrays in its row after.
  it("moves each undo's kept uses into arrays in its row, with the annotations it touched", async () => {
    const ws = "00000000-0000-4000-8000-000000000001";
    const [a, b] = ["00000000-0000-4000-8000-00000000000a", "00000000-0000-4000-8000-00000000000b"];
    const code = await client.query<{ id: string }>(`SELECT id FROM codes WHERE name = 'Follow-up'`);
    const undo = "00000000-0000-4000-8000-0000000000f1";
    await client.query(
      `INSERT INTO codebook_undos (id, workspace_id, actor_id, action, codes) SELECT $1, $2, id, 'bulk', '{}' FROM users LIMIT 1`,
      [undo, ws],
    );
    // b had the code (at position 3); a was touched with none of the involved codes (a null code).
    await client.query(
      `INSERT INTO codebook_undo_uses (undo_id, annotation_id, code_id, position) VALUES ($1, $2, $3, 3), ($1, $4, NULL, 0)`,
      [undo, b, code.rows[0]!.id, a],
    );

    await applyMigrations(databaseUrl, migrationsDir, () => {});

    const row = await client.query(
      `SELECT touched, versions, use_annotations, use_codes, use_positions FROM codebook_undos WHERE id = $1`,
      [undo],
    );
    expect(row.rows[0]).toEqual({
      touched: [a, b],
      versions: [],
      use_annotations: [b],
      use_codes: [code.rows[0]!.id],
      use_positions: [3],
    });
    const gone = await client.query(`SELECT to_regclass('codebook_undo_uses') AS t`);
    expect(gone.rows[0].t).toBeNull();
  });
});
