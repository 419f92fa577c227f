import { createHash, randomUUID } from "node:crypto";
import pg from "pg";
import { INSTRUMENT_REGISTRY } from "../../apps/api/src/features/vocabulary/instrument-registry.ts";
import { addAnnotation } from "./export-seed-annotation.ts";
import * as V from "./export-vocabulary.ts";
import { syntheticStatement } from "./synthetic-statement.ts";

export interface SeededWorkspace {
  /** API tokens of the workspace's admin and of a reviewer. */
  token: string;
  reviewerToken: string;
  slugs: string[];
  annotations: number;
}

export type Columns = Record<string, unknown[]>;
const CHUNK = 10_000;

/** INSERT … SELECT FROM unnest(arrays): one round trip per chunk of rows, with parameters only. */
async function insertRows(client: pg.Client, table: string, columns: Columns, casts: Record<string, string>): Promise<void> {
  const names = Object.keys(columns);
  const total = columns[names[0]!]!.length;
  for (let from = 0; from < total; from += CHUNK) {
    const values = names.map((n) => columns[n]!.slice(from, from + CHUNK));
    const unnest = names.map((n, i) => `$${i + 1}::${casts[n] ?? "text"}[]`).join(", ");
    const select = names.map((n) => (casts[`${n}->`] ? `"${n}"::${casts[`${n}->`]}` : `"${n}"`)).join(", ");
    const cols = names.map((n) => `"${n}"`).join(", ");
    await client.query(`INSERT INTO ${table} (${cols}) SELECT ${select} FROM unnest(${unnest}) AS t(${cols})`, values);
  }
}

/** A workspace of `statements` statements with `perStatement` annotations each, written straight into the database. */
export async function seedExportWorkspace(url: string, statements: number, perStatement: number): Promise<SeededWorkspace> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const random = V.seededRandom(2024);
  const workspaceId = randomUUID();
  const users = ["Bench Admin", "Ana Analyst", "Ben Analyst", "Chen Analyst", "Dara Analyst", "Rex Reviewer", "Rita Reviewer"].map(
    (name, i) => ({ id: randomUUID(), name, role: i === 0 ? "admin" : i < 5 ? "analyst" : "reviewer" }),
  );
  const token = `vbt_bench_${randomUUID()}`;
  const reviewerToken = `vbt_bench_${randomUUID()}`;
  try {
    await client.query("BEGIN");
    await client.query("INSERT INTO workspaces (id, name) VALUES ($1, 'Multilateral desk (bench)')", [workspaceId]);
    for (const u of users) {
      await client.query("INSERT INTO users (id, email, name, password_hash) VALUES ($1, $2, $3, 'not-a-hash')", [
        u.id,
        `${u.name.toLowerCase().replace(/ /g, ".")}@bench.example`,
        u.name,
      ]);
      await client.query("INSERT INTO memberships (user_id, workspace_id, role) VALUES ($1, $2, $3)", [u.id, workspaceId, u.role]);
    }
    for (const [secret, user] of [
      [token, users[0]!],
      [reviewerToken, users[5]!],
    ] as const) {
      await client.query("INSERT INTO api_tokens (id, token_hash, name, user_id, workspace_id) VALUES ($1, $2, 'bench', $3, $4)", [
        randomUUID(),
        createHash("sha256").update(secret).digest("hex"),
        user.id,
        workspaceId,
      ]);
    }
    for (const i of INSTRUMENT_REGISTRY) {
      await client.query(
        "INSERT INTO instruments (id, workspace_id, key, name, short_names, symbol, adopted_by, in_force) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        [randomUUID(), workspaceId, i.key, i.name, i.shortNames, i.symbol, i.adoptedBy, i.inForce],
      );
    }
    const st: Columns = {};
    const rev: Columns = {};
    const par: Columns = {};
    const ann: Columns = {};
    const rvw: Columns = {};
    const push = (cols: Columns, row: Record<string, unknown>) => {
      for (const [k, v] of Object.entries(row)) (cols[k] ??= []).push(v);
    };
    const slugs: string[] = [];
    for (let s = 0; s < statements; s++) {
      const delegation = V.DELEGATIONS[s % V.DELEGATIONS.length]!;
      const forum = V.FORUMS[s % V.FORUMS.length]!;
      const date = new Date(Date.UTC(2023, 0, 1) + Math.floor(random.next() * 900) * 86_400_000).toISOString().slice(0, 10);
      const slug = `${date}-${forum.token}-${delegation.toLowerCase().replace(/ /g, "-")}-${s}`;
      const id = randomUUID();
      const revisionId = randomUUID();
      const texts = syntheticStatement(3_000, s + 1).split("\n\n");
      slugs.push(slug);
      push(st, {
        id,
        workspace_id: workspaceId,
        slug,
        title: `Statement by ${delegation} at the ${forum.name}`,
        speaker: random.pick(V.SPEAKERS),
        delegation,
        on_behalf_of: random.chance(0.2) ? random.pick(V.GROUPS) : null,
        forum: forum.name,
        meeting_symbol: forum.symbol,
        date,
        language: "en",
        source_url: `https://statements.example.org/${slug}`,
        next_paragraph_id: texts.length + 1,
        next_heading_id: 1,
        created_by: users[1]!.id,
        updated_at: new Date(),
      });
      push(rev, {
        id: revisionId,
        statement_id: id,
        number: 1,
        format: "text",
        source: texts.join("\n\n"),
        import_report: "{}",
        created_by: users[1]!.id,
      });
      texts.forEach((text, i) =>
        push(par, {
          id: randomUUID(),
          statement_id: id,
          revision_id: revisionId,
          canonical_id: `p${i + 1}`,
          kind: "paragraph",
          position: i,
          number: i + 1,
          text,
        }),
      );
      for (let a = 0; a < perStatement; a++) addAnnotation(random, { statementId: id, texts, users, slugs, ann, rvw, push, workspaceId });
    }
    await insertRows(client, "statements", st, {
      next_paragraph_id: "int",
      next_heading_id: "int",
      id: "uuid",
      workspace_id: "uuid",
      created_by: "uuid",
      updated_at: "timestamptz",
    });
    await insertRows(client, "revisions", rev, {
      id: "uuid",
      statement_id: "uuid",
      created_by: "uuid",
      number: "int",
      "import_report->": "jsonb",
    });
    await insertRows(client, "paragraphs", par, {
      id: "uuid",
      statement_id: "uuid",
      revision_id: "uuid",
      position: "int",
      number: "int",
      "kind->": '"BlockKind"',
    });
    // Labels are codebook codes the annotations use: the seed's label lists go to codes and annotation_codes.
    const labelLists = ann["labels"] ?? [];
    delete ann["labels"];
    await insertRows(client, "annotations", ann, {
      id: "uuid",
      workspace_id: "uuid",
      statement_id: "uuid",
      author_id: "uuid",
      revision: "int",
      anchor_revision: "int",
      start: "int",
      end: "int",
      version: "int",
      created_at: "timestamptz",
      updated_at: "timestamptz",
      "kind->": '"AnnotationKind"',
      "status->": '"ReviewStatus"',
      "attributes->": "jsonb",
    });
    await client.query(
      `WITH uses AS (
         SELECT u.annotation_id, l.name, l.ord FROM unnest($1::uuid[], $2::text[]) AS u(annotation_id, labels),
           unnest(u.labels::text[]) WITH ORDINALITY AS l(name, ord)),
       made AS (
         INSERT INTO codes (id, workspace_id, type, name, key, updated_at)
         SELECT gen_random_uuid(), $3, 'label', name, code_key(name), now() FROM (SELECT DISTINCT name FROM uses) d
         RETURNING id, name)
       INSERT INTO annotation_codes (annotation_id, code_id, position)
       SELECT uses.annotation_id, made.id, uses.ord - 1 FROM uses JOIN made ON made.name = uses.name ON CONFLICT DO NOTHING`,
      [ann["id"], labelLists, workspaceId],
    );
    await insertRows(client, "reviews", rvw, {
      id: "uuid",
      annotation_id: "uuid",
      statement_id: "uuid",
      reviewer_id: "uuid",
      annotation_version: "int",
      created_at: "timestamptz",
      "status->": '"ReviewStatus"',
    });
    await client.query("COMMIT");
    await client.query("ANALYZE");
    return { token, reviewerToken, slugs, annotations: statements * perStatement };
  } finally {
    await client.end();
  }
}
