import type { AnnotationView } from "@verbatim/core";
import type { Db } from "../db/database.ts";
import { Prisma } from "../generated/prisma/client.ts";
import type { AnnotationFilter } from "./annotation-filter.ts";

const iso = (column: Prisma.Sql) => Prisma.sql`to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/**
 * One page of a statement's annotations in creation order, built as JSON by PostgreSQL: a reader loads
 * thousands at once, and mapping each row through the ORM cost more than the query. The shape is the
 * annotation presenter's (presenters/annotation.ts); the API tests hold the two to the same contract.
 */
export async function selectAnnotationPage(
  db: Db,
  opts: { statementId: string; slug: string; filter: AnnotationFilter; after: { createdAt: Date; id: string } | null; limit: number },
): Promise<AnnotationView[]> {
  const { filter: f, after } = opts;
  const where = [Prisma.sql`a.statement_id = ${opts.statementId}::uuid`, Prisma.sql`a.deleted_at IS NULL`];
  if (f.kind) where.push(Prisma.sql`a.kind::text = ANY(${f.kind}::text[])`);
  if (f.status) where.push(Prisma.sql`a.status::text = ANY(${f.status}::text[])`);
  if (f.author) where.push(Prisma.sql`a.author_id = ${f.author}::uuid`);
  if (f.label) where.push(Prisma.sql`${f.label} = ANY(a.labels)`);
  if (after) where.push(Prisma.sql`(a.created_at, a.id) > (${after.createdAt}::timestamptz, ${after.id}::uuid)`);
  const rows = await db.$queryRaw<{ items: string }[]>`
    SELECT coalesce(json_agg(page.item ORDER BY page.created_at, page.id), '[]')::text AS items FROM (
      SELECT a.created_at, a.id, json_build_object(
        'id', a.id, 'statementId', a.statement_id, 'statementSlug', ${opts.slug}::text, 'revision', a.revision, 'kind', a.kind,
        'target', json_strip_nulls(json_build_object('paragraphId', a.paragraph_id, 'start', a.start, 'end', a."end", 'endParagraphId', a.end_paragraph_id)),
        'quote', json_build_object('exact', a.exact, 'prefix', a.prefix, 'suffix', a.suffix),
        'attributes', a.attributes, 'labels', coalesce(to_json(a.labels), '[]'::json),
        'note', a.note_text, 'noteDoc', a.note_rich, 'status', a.status, 'version', a.version,
        'author', json_build_object('id', u.id, 'name', u.name),
        'createdAt', ${iso(Prisma.sql`a.created_at`)}, 'updatedAt', ${iso(Prisma.sql`a.updated_at`)}
      ) AS item
      FROM annotations a JOIN users u ON u.id = a.author_id
      WHERE ${Prisma.join(where, " AND ")}
      ORDER BY a.created_at, a.id
      LIMIT ${opts.limit}
    ) page`;
  return JSON.parse(rows[0]?.items ?? "[]") as AnnotationView[];
}
