import { DEFAULT_EXPORT_ANCHOR_STATES, type ExportFilters } from "@verbatim/contract";
import { Prisma } from "../../generated/prisma/client.ts";
import { allOf, ANNOTATION_CODES_TEXT, annotationConditions, hasCode } from "../annotations/annotation-sql.ts";
import { annotationFilters, statementFilters } from "../search/search-where-sql.ts";

/** The selection as SQL conditions on statements `s` and on annotations `a`. */
export interface ExportWhere {
  statement: Prisma.Sql;
  annotation: Prisma.Sql;
}

/** A query for `pg` itself (exports stream rows from a pool of their own), with positional parameters. */
export interface PgQuery {
  text: string;
  values: unknown[];
}

const UTC_ISO = `'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'`;
const isoOf = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', ${UTC_ISO})`;
const pgQuery = (sql: Prisma.Sql): PgQuery => ({ text: sql.text, values: sql.values });

/** Every filter of ExportFilters as SQL; deleted annotations never match and the workspace always scopes. */
export function exportWhere(workspaceId: string, f: ExportFilters): ExportWhere {
  // Deleted statements are out of every export, whatever the filters name.
  const onStatement = [Prisma.sql`s.workspace_id = ${workspaceId}::uuid`, Prisma.sql`s.deleted_at IS NULL`];
  const on = [Prisma.sql`a.workspace_id = ${workspaceId}::uuid`, ...annotationConditions(f)];
  if (f.statement) onStatement.push(Prisma.sql`s.slug = ANY(${f.statement}::text[])`);
  // Statement dates are ISO yyyy-mm-dd text, so text order is date order.
  if (f.from) onStatement.push(Prisma.sql`s.date >= ${f.from}`);
  if (f.to) onStatement.push(Prisma.sql`s.date <= ${f.to}`);
  if (f.stance) on.push(Prisma.sql`a.attributes->>'stance' = ANY(${f.stance}::text[])`);
  if (f.strength) on.push(Prisma.sql`a.attributes->>'strength' = ANY(${f.strength}::text[])`);
  if (f.relation) on.push(Prisma.sql`a.attributes->>'relation' = ANY(${f.relation}::text[])`);
  // Orphans (their words gone from the current text) only when asked for.
  on.push(Prisma.sql`a.anchor_state::text = ANY(${f.anchor ?? DEFAULT_EXPORT_ANCHOR_STATES}::text[])`);
  if (f.target) on.push(Prisma.sql`lower(a.attributes->>'target') = lower(${f.target})`);
  // The corpus's filters, as passages and the matrix read them (issue 17).
  onStatement.push(...statementFilters(f));
  on.push(...annotationFilters({ topic: f.topic, instrument: f.instrument, all: f.all }));
  // Labels are any of them above; a co-occurrence (`all=label`) wants each.
  if (f.all?.includes("label")) on.push(...(f.label ?? []).map((name) => hasCode("label", [name])));
  // Tagging days are UTC days, both ends included.
  if (f.taggedFrom) on.push(Prisma.sql`a.created_at >= (${f.taggedFrom}::date::timestamp AT TIME ZONE 'UTC')`);
  if (f.taggedTo) on.push(Prisma.sql`a.created_at < ((${f.taggedTo}::date + 1)::timestamp AT TIME ZONE 'UTC')`);
  return { statement: allOf(onStatement), annotation: allOf(on) };
}

export function exportCountSql(where: ExportWhere): PgQuery {
  return pgQuery(Prisma.sql`SELECT count(*)::int AS count, count(DISTINCT a.statement_id)::int AS statements
FROM annotations a JOIN statements s ON s.id = a.statement_id
WHERE ${where.statement} AND ${where.annotation}`);
}

export interface ExportColumns {
  /** The texts of the paragraphs of the revisions the annotations are anchored in (the W3C export counts code points in them). */
  withTexts: boolean;
  /** The note's rich document (JSON and W3C carry it; the briefs and CSV print the plain text). */
  withNoteDoc: boolean;
  /** The blocks of those revisions in reading order, each [canonical ID, number, kind, text] (a REFI-QDA source is the whole text). */
  withBlocks?: boolean;
  limit?: number;
}

/** Order within a statement: kind (position, commitment, cross-reference), then reading order in the revision anchored in. */
const READING_ORDER =
  "array_position(ARRAY['position', 'commitment', 'cross-reference'], a.kind::text), ps.position ASC NULLS LAST, a.start, a.id";

/**
 * The statement's ID and metadata, sent with its first row only: the rows that follow share them (each column
 * a row carries is a string to decode, so less to read is less to parse).
 */
const STATEMENT_COLUMNS = [
  "id",
  "slug",
  "title",
  "speaker",
  "delegation",
  "on_behalf_of",
  "forum",
  "meeting_symbol",
  "date",
  "language",
  "source_url",
];

/**
 * The display number of paragraph `idColumn` in the revision the annotation was made on, which a citation gives first
 * (DESIGN.md: "the display number in the revision that was annotated, and the current one too where they differ").
 * Re-anchoring moves the target to the revision `anchored` numbers; the revision made on is looked up only when it is
 * another one, and `anchored` stands in when that revision has no such paragraph (the words moved into a new one).
 */
function annotatedNumber(idColumn: string, anchored: string): string {
  return `CASE WHEN a.revision = a.anchor_revision THEN ${anchored} ELSE COALESCE((
      SELECT po.number FROM revisions ro JOIN paragraphs po ON po.revision_id = ro.id
      WHERE ro.statement_id = a.statement_id AND ro.number = a.revision AND po.canonical_id = ${idColumn}), ${anchored}) END`;
}

/**
 * A cross-reference whose target is a paragraph of a live statement of the workspace (`slug#p4`): that statement's
 * metadata and the paragraph's number in its current revision, for the paragraph's citation (export-row.ts). Null
 * for any other annotation or target; the one-time filter on the kind skips the lookup for the others.
 */
const TARGET_STATEMENT = `(
  SELECT json_build_object('slug', ts.slug, 'title', ts.title, 'delegation', ts.delegation, 'onBehalfOf', ts.on_behalf_of,
    'forum', ts.forum, 'meetingSymbol', ts.meeting_symbol, 'date', ts.date, 'paragraph', tp.canonical_id, 'number', tp.number)
  FROM statements ts
  LEFT JOIN revisions tr ON tr.statement_id = ts.id AND tr.number = ts.current_revision
  LEFT JOIN paragraphs tp ON tp.revision_id = tr.id AND tp.canonical_id = split_part(a.attributes->>'target', '#', 2)
  WHERE a.kind = 'cross-reference' AND a.attributes->>'target' ~ '^[^#]+#[ph][1-9][0-9]*$'
    AND ts.workspace_id = a.workspace_id AND ts.deleted_at IS NULL AND ts.slug = split_part(a.attributes->>'target', '#', 1))`;

/**
 * An annotation row's columns as [SQL, name], over annotation a, author u, paragraphs ps and pe (in the revision the
 * annotation is anchored in), pc (in the current revision) and latest review lr.
 */
function annotationColumns(opts: ExportColumns): [string, string][] {
  const columns: [string, string][] = [
    ["a.id", "id"],
    ["a.revision", "revision"],
    ["a.anchor_revision", "anchor_revision"],
    ["a.anchor_state::text", "anchor_state"],
    ["a.previous_quote", "previous_quote"],
    ["a.kind::text", "kind"],
    ["a.paragraph_id", "paragraph_id"],
    ["a.start", "start"],
    ['a."end"', '"end"'],
    ["a.end_paragraph_id", "end_paragraph_id"],
    ["a.exact", "exact"],
    ["a.prefix", "prefix"],
    ["a.suffix", "suffix"],
    ["a.attributes", "attributes"],
    [ANNOTATION_CODES_TEXT, "codes"],
    ["a.note_text", "note_text"],
    ["a.status::text", "status"],
    ["a.version", "version"],
    ["a.author_id", "author_id"],
    ["a.source_id", "source_id"],
    ["a.suggestion_rule", "suggestion_rule"],
    ["u.name", "author_name"],
    [isoOf("a.created_at"), "created_at"],
    [isoOf("a.updated_at"), "updated_at"],
    [annotatedNumber("a.paragraph_id", "ps.number"), "number"],
    [annotatedNumber("a.end_paragraph_id", "pe.number"), "end_number"],
    ["pc.number", "current_number"],
    ["lr.status", "review_status"],
    ["lr.reviewer", "reviewer"],
    ["lr.at", "reviewed_at"],
    ["lr.comment", "review_comment"],
    [TARGET_STATEMENT, "target_statement"],
  ];
  if (opts.withNoteDoc) columns.push(["a.note_rich", "note_rich"]);
  return columns;
}

/**
 * One query for every selected annotation in export order: statement (date, title, slug), kind
 * (position, commitment, cross-reference), then reading order in the revision it is anchored in. Each row
 * carries what a citation needs: author, statement metadata, display numbers and the latest review.
 * Statements come sorted and each one's annotations are read and sorted in a lateral subquery, so the
 * database sorts a statement at a time (a few hundred rows in memory) and the first rows leave at once,
 * instead of one sort of the whole selection that spills to disk before anything is sent.
 */
export function exportRowsSql(where: ExportWhere, opts: ExportColumns): PgQuery {
  const limit = opts.limit === undefined ? Prisma.empty : Prisma.sql`\nLIMIT ${opts.limit}`;
  // The paragraphs of the revisions its annotations are anchored in (where their offsets count) go with a statement's
  // first row; the reader keeps them until the next statement.
  const texts = opts.withTexts
    ? Prisma.sql`,
  CASE WHEN x.nth = 1 THEN (
    SELECT json_object_agg(r.number, (SELECT json_object_agg(p.canonical_id, p.text) FROM paragraphs p WHERE p.revision_id = r.id))
    FROM revisions r
    WHERE r.statement_id = s.id AND r.number IN (SELECT a.anchor_revision FROM annotations a WHERE a.statement_id = s.id AND ${where.annotation})
  ) END AS texts`
    : Prisma.empty;
  const blocks = opts.withBlocks
    ? Prisma.sql`,
  CASE WHEN x.nth = 1 THEN (
    SELECT json_object_agg(r.number, (
      SELECT json_agg(json_build_array(p.canonical_id, p.number, p.kind, p.text) ORDER BY p.position) FROM paragraphs p WHERE p.revision_id = r.id))
    FROM revisions r
    WHERE r.statement_id = s.id AND r.number IN (SELECT a.anchor_revision FROM annotations a WHERE a.statement_id = s.id AND ${where.annotation})
  ) END AS blocks`
    : Prisma.empty;
  const columns = annotationColumns(opts);
  const statementColumns = STATEMENT_COLUMNS.map((c) => `CASE WHEN x.nth = 1 THEN s.${c} END AS ${c === "id" ? "statement_id" : c}`);
  const raw = Prisma.raw;
  return pgQuery(Prisma.sql`SELECT ${raw(statementColumns.join(", "))},
  ${raw(columns.map(([, name]) => `x.${name}`).join(", "))}, x.nth${texts}${blocks}
FROM (
  SELECT s.*, rc.id AS current_revision_id FROM statements s
  LEFT JOIN revisions rc ON rc.statement_id = s.id AND rc.number = s.current_revision
  WHERE ${where.statement}
  ORDER BY s.date ASC NULLS LAST, s.title, s.slug
) s
CROSS JOIN LATERAL (
  SELECT ${raw(columns.map(([sql, name]) => `${sql} AS ${name}`).join(", "))},
    array_position(ARRAY['position', 'commitment', 'cross-reference'], a.kind::text) AS kind_order, ps.position,
    row_number() OVER (ORDER BY ${raw(READING_ORDER)})::int AS nth
  FROM annotations a
  JOIN users u ON u.id = a.author_id
  LEFT JOIN revisions ra ON ra.statement_id = s.id AND ra.number = a.anchor_revision
  LEFT JOIN paragraphs ps ON ps.revision_id = ra.id AND ps.canonical_id = a.paragraph_id
  LEFT JOIN paragraphs pe ON a.end_paragraph_id IS NOT NULL AND pe.revision_id = ra.id AND pe.canonical_id = a.end_paragraph_id
  LEFT JOIN paragraphs pc ON pc.revision_id = s.current_revision_id AND pc.canonical_id = a.paragraph_id
  LEFT JOIN (
    -- The statement's reviews in one index scan, the latest of each annotation kept.
    SELECT DISTINCT ON (rv.annotation_id) rv.annotation_id, rv.status::text AS status, ru.name AS reviewer,
      ${raw(isoOf("rv.created_at"))} AS at, rv.comment
    FROM reviews rv JOIN users ru ON ru.id = rv.reviewer_id
    WHERE rv.statement_id = s.id
    ORDER BY rv.annotation_id, rv.created_at DESC
  ) lr ON lr.annotation_id = a.id
  WHERE a.statement_id = s.id AND ${where.annotation}
  ORDER BY kind_order, ps.position ASC NULLS LAST, a.start, a.id
) x
ORDER BY s.date ASC NULLS LAST, s.title, s.slug, x.kind_order, x.position ASC NULLS LAST, x.start, x.id${limit}`);
}
