import { randomUUID } from "node:crypto";
import type pg from "pg";
import type { WriteBody } from "./write-bodies.ts";

/**
 * The baseline of the writes benchmark: the rows an API create writes, written by hand through `pg`, with the
 * quote taken from paragraphs read once up front. What the API adds on top (authentication, parsing, validation,
 * anchoring, presenting) is what the ratio measures.
 */
export async function handWrittenCreate(pool: pg.Pool, at: { statementId: string; email: string }) {
  const { rows } = await pool.query<{ workspace_id: string; user_id: string; revision: number }>(
    `SELECT s.workspace_id, u.id AS user_id, s.current_revision AS revision
     FROM statements s, users u WHERE s.id = $1 AND u.email = $2`,
    [at.statementId, at.email],
  );
  const { workspace_id: workspaceId, user_id: userId, revision } = rows[0]!;
  const paragraphs = await pool.query<{ canonical_id: string; text: string }>(
    `SELECT p.canonical_id, p.text FROM paragraphs p JOIN revisions r ON r.id = p.revision_id
     WHERE r.statement_id = $1 AND r.number = $2`,
    [at.statementId, revision],
  );
  const texts = new Map(paragraphs.rows.map((p) => [p.canonical_id, p.text]));

  const annotationRow = (b: WriteBody) => {
    const text = texts.get(b.target.paragraphId)!;
    const { start, end } = b.target;
    return [
      randomUUID(),
      workspaceId,
      at.statementId,
      revision,
      b.target.paragraphId,
      start,
      end,
      text.slice(start, end),
      text.slice(Math.max(0, start - 32), start),
      text.slice(end, end + 32),
      JSON.stringify(b.attributes),
      userId,
    ];
  };
  const insertAnnotation = `
    INSERT INTO annotations (id, workspace_id, statement_id, revision, anchor_revision, kind, paragraph_id, start, "end", exact,
                             prefix, suffix, attributes, author_id, updated_at)
    VALUES ($1, $2, $3, $4, $4, 'position', $5, $6, $7, $8, $9, $10, $11::jsonb, $12, now())
    RETURNING id, version, created_at`;

  return {
    async bareInsert(b: WriteBody): Promise<void> {
      await pool.query(insertAnnotation, annotationRow(b));
    },
    async sameWrites(b: WriteBody): Promise<void> {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const values = annotationRow(b);
        const { rows: created } = await client.query<{ id: string; version: number }>(insertAnnotation, values);
        const record = JSON.stringify({ schema: 1, id: created[0]!.id, target: b.target, attributes: b.attributes, labels: b.labels });
        await client.query(
          `INSERT INTO annotation_changes (id, annotation_id, version, action, actor_id, after) VALUES ($1, $2, 1, 'created', $3, $4::jsonb)`,
          [randomUUID(), created[0]!.id, userId, record],
        );
        if (b.labels.length > 0) {
          // The codebook's codes for the labels, found or made, and the annotation's uses of them.
          await client.query(
            `WITH made AS (
               INSERT INTO codes (id, workspace_id, type, name, key, updated_at)
               SELECT gen_random_uuid(), $1, 'label', n, code_key(n), now() FROM unnest($2::text[]) AS n
               ON CONFLICT (workspace_id, type, key) DO NOTHING)
             SELECT 1`,
            [workspaceId, b.labels],
          );
          await client.query(
            `INSERT INTO annotation_codes (annotation_id, code_id, position)
             SELECT $1, c.id, 0 FROM codes c WHERE c.workspace_id = $2 AND c.type = 'label' AND c.key IN (SELECT code_key(n) FROM unnest($3::text[]) AS n)
             ON CONFLICT DO NOTHING`,
            [created[0]!.id, workspaceId, b.labels],
          );
        }
        await client.query(
          `WITH inserted AS (
             INSERT INTO events (workspace_id, statement_id, type, annotation_id, actor_id, payload, created_at)
             VALUES ($1, $2, 'annotation.created', $3, $4, $5::jsonb, clock_timestamp()) RETURNING statement_id)
           SELECT pg_notify('verbatim_events', statement_id::text) FROM inserted`,
          [workspaceId, at.statementId, created[0]!.id, userId, record],
        );
        await client.query("COMMIT");
      } catch (e) {
        await client.query("ROLLBACK");
        throw e;
      } finally {
        client.release();
      }
    },
  };
}
