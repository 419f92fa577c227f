import type pg from "pg";
import * as V from "./corpus-vocabulary.ts";

/**
 * The corpus's annotations, made in SQL from the paragraphs already loaded (nothing crosses the wire): annotation g
 * is on paragraph (g × 7919) mod P, a sentence-sized span of it from a word's start; its kind, attributes, status,
 * author and date come from hashes of g, so every load makes the same mix. The trigger that checks each annotation
 * against its statement's current revision is off while they go in (all are on revision 1, which is current).
 */
export async function loadAnnotations(
  client: pg.Client,
  workspaceId: string,
  authorIds: readonly string[],
  targets: readonly string[],
  count: number,
): Promise<void> {
  await client.query(`CREATE TEMP TABLE numbered AS
    SELECT (row_number() OVER (ORDER BY statement_id, position) - 1)::bigint AS rn, statement_id, canonical_id, text FROM paragraphs`);
  await client.query("CREATE UNIQUE INDEX ON numbered (rn)");
  const { rows } = await client.query<{ n: string }>("SELECT count(*) AS n FROM numbered");
  const paragraphs = Number(rows[0]!.n);
  await client.query("ALTER TABLE annotations DISABLE TRIGGER annotations_on_current_revision");
  await client.query(
    `INSERT INTO annotations (id, workspace_id, statement_id, revision, anchor_revision, kind, paragraph_id, start, "end", exact,
       prefix, suffix, attributes, note_text, status, version, author_id, created_at, updated_at)
     SELECT gen_random_uuid(), $1, p.statement_id, 1, 1, k.kind::"AnnotationKind", p.canonical_id, sp.st, sp.en,
       substr(p.text, sp.st + 1, sp.en - sp.st), substr(p.text, greatest(1, sp.st - 31), least(sp.st, 32)), substr(p.text, sp.en + 1, 32),
       CASE k.kind
         WHEN 'position' THEN jsonb_build_object('stance', ($3::text[])[1 + h.b % cardinality($3::text[])])
         WHEN 'commitment' THEN jsonb_build_object('strength', ($4::text[])[1 + h.b % cardinality($4::text[])],
           'action', ($5::text[])[1 + h.c % cardinality($5::text[])])
         ELSE jsonb_build_object('target', ($6::text[])[1 + h.b % cardinality($6::text[])], 'relation', ($7::text[])[1 + h.c % cardinality($7::text[])])
       END,
       CASE WHEN h.c % 5 = 0 THEN ($8::text[])[1 + h.b % cardinality($8::text[])] END,
       s.status::"ReviewStatus", CASE s.status WHEN 'proposed' THEN 1 ELSE 2 END, ($9::uuid[])[1 + h.c % cardinality($9::uuid[])],
       ts.at, ts.at
     FROM generate_series(0, $2::bigint - 1) g
     CROSS JOIN LATERAL (SELECT hashint8(g) & 2147483647 AS a, hashint8(g + 1000003) & 2147483647 AS b,
       hashint8(g + 2000003) & 2147483647 AS c) h
     JOIN numbered p ON p.rn = (g * 7919) % $11::bigint
     CROSS JOIN LATERAL (SELECT CASE WHEN h.a % 4 < 2 THEN 'position' WHEN h.a % 4 = 2 THEN 'commitment' ELSE 'cross-reference' END AS kind) k
     CROSS JOIN LATERAL (SELECT ($10::text[])[1 + h.a % cardinality($10::text[])] AS status) s
     CROSS JOIN LATERAL (SELECT timestamptz '2024-01-01' + (h.b % 700) * interval '1 day' AS at) ts
     CROSS JOIN LATERAL (SELECT CASE WHEN h.c % 3 = 0 THEN 0 ELSE greatest(0, strpos(substr(p.text, 1 + h.c % 120), ' ') + h.c % 120) END AS st0) w
     CROSS JOIN LATERAL (SELECT least(w.st0, length(p.text) - 1) AS st, least(length(p.text), w.st0 + 40 + h.b % 160) AS en) sp`,
    [workspaceId, count, V.STANCES, V.STRENGTHS, V.ACTIONS, targets, V.RELATIONS, V.NOTES, authorIds, V.STATUSES, paragraphs],
  );
  await client.query("ALTER TABLE annotations ENABLE TRIGGER annotations_on_current_revision");
}

/**
 * Topics and labels as codes of the workspace's codebook, on the annotations: 70% have a topic (10% a second), half a
 * label; a few topics and labels are much more used than the rest, as in a real codebook.
 */
export async function loadCodes(client: pg.Client, workspaceId: string): Promise<void> {
  await client.query(
    `INSERT INTO codes (id, workspace_id, type, name, key, updated_at)
     SELECT gen_random_uuid(), $1, t.type::"CodeType", t.name, code_key(t.name), now()
     FROM (SELECT 'topic' AS type, unnest($2::text[]) AS name UNION ALL SELECT 'label', unnest($3::text[])) t`,
    [workspaceId, V.TOPICS, V.LABELS],
  );
  const uses = (type: string, share: number, salt: number, position: number) =>
    client.query(
      `WITH list AS (SELECT id, (row_number() OVER (ORDER BY name) - 1)::int AS n, count(*) OVER ()::int AS total
         FROM codes WHERE workspace_id = $1 AND type = $2::"CodeType")
       INSERT INTO annotation_codes (annotation_id, code_id, position)
       SELECT a.id, list.id, $5 FROM annotations a
       CROSS JOIN LATERAL (SELECT hashtext(a.id::text || $4) & 2147483647 AS h) x
       JOIN list ON list.n = floor(list.total * power((x.h % 10007) / 10007.0, 2))::int
       WHERE x.h % 1000 < $3::float8 * 1000
       ON CONFLICT DO NOTHING`,
      [workspaceId, type, share, String(salt), position],
    );
  await uses("topic", 0.7, 1, 0);
  await uses("topic", 0.1, 2, 1);
  await uses("label", 0.5, 3, 2);
}
