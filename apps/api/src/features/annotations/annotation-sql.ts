import type { AnnotationKind, ReviewStatus } from "@verbatim/core";
import { Prisma } from "../../generated/prisma/client.ts";

/**
 * An annotation's columns and filters as SQL, written once for every query that reads annotations in bulk (the
 * reader's list, the review queue, compare, the exports). Queries name annotations `a` and their author `u`.
 */

/**
 * Annotation `a`'s codes as a JSON array of { id, name, type }, topics first, each in the order given: as SQL text for
 * queries written as text (the exports), and as a fragment.
 */
export const ANNOTATION_CODES_TEXT = `(SELECT coalesce(json_agg(json_build_object('id', c.id, 'name', c.name, 'type', c.type)
    ORDER BY c.type, ac.position), '[]'::json)
  FROM annotation_codes ac JOIN codes c ON c.id = ac.code_id WHERE ac.annotation_id = a.id)`;
export const ANNOTATION_CODES = Prisma.raw(ANNOTATION_CODES_TEXT);

/** What AnnotationSqlRow holds, from `a` and `u`. */
export const ANNOTATION_COLUMNS = Prisma.sql`a.id, a.revision, a.kind::text AS kind, a.paragraph_id, a.start, a."end",
  a.end_paragraph_id, a.exact, a.prefix, a.suffix, a.attributes, ${ANNOTATION_CODES} AS codes, a.note_text, a.note_rich, a.status::text AS status,
  a.version, a.author_id, u.name AS author_name, a.created_at, a.updated_at, a.anchor_revision,
  a.anchor_state::text AS anchor_state, a.previous_quote, a.suggestion_rule`;

/**
 * The latest review of annotation `a`, joined as `rv`. A proposed annotation has no review in force, so it
 * skips the lookup; for the others it is one index probe on reviews (annotation_id).
 */
export const LATEST_REVIEW_JOIN = Prisma.sql`LEFT JOIN LATERAL (
    SELECT r.status::text AS status, r.comment, r.created_at, r.reviewer_id, ru.name AS reviewer_name
    FROM reviews r JOIN users ru ON ru.id = r.reviewer_id
    WHERE a.status::text <> 'proposed' AND r.annotation_id = a.id
    ORDER BY r.annotation_version DESC
    LIMIT 1
  ) rv ON true`;
/** What ReviewSqlColumns holds, from LATEST_REVIEW_JOIN's `rv`. */
export const LATEST_REVIEW_COLUMNS = Prisma.sql`rv.status AS rv_status, rv.comment AS rv_comment, rv.created_at AS rv_at,
  rv.reviewer_id AS rv_reviewer_id, rv.reviewer_name AS rv_reviewer_name`;

/** Annotations `a` with their author `u` and latest review `rv`: the FROM of a query that selects both column sets. */
export const ANNOTATIONS_WITH_REVIEWS = Prisma.sql`annotations a JOIN users u ON u.id = a.author_id ${LATEST_REVIEW_JOIN}`;

/** The filters every annotation listing offers; each list matches any of its values. */
export interface AnnotationFilter {
  kind?: readonly AnnotationKind[] | undefined;
  status?: readonly ReviewStatus[] | undefined;
  author?: readonly string[] | undefined;
  label?: readonly string[] | undefined;
}

/** The filter's conditions on `a`, live annotations only, to join with AND. */
export function annotationConditions(f: AnnotationFilter): Prisma.Sql[] {
  const on = [Prisma.sql`a.deleted_at IS NULL`];
  if (f.kind) on.push(Prisma.sql`a.kind::text = ANY(${f.kind}::text[])`);
  if (f.status) on.push(Prisma.sql`a.status::text = ANY(${f.status}::text[])`);
  if (f.author) on.push(Prisma.sql`a.author_id = ANY(${f.author}::uuid[])`);
  if (f.label) on.push(hasCode("label", f.label));
  return on;
}

/** Annotation `a` has a code of this type named any of `names` (matched by the codebook's key, as codes are found). */
export const hasCode = (type: "topic" | "label", names: readonly string[]): Prisma.Sql =>
  Prisma.sql`EXISTS (SELECT 1 FROM annotation_codes ac JOIN codes c ON c.id = ac.code_id
    WHERE ac.annotation_id = a.id AND c.type = ${type}::"CodeType"
      AND c.key IN (SELECT code_key(n) FROM unnest(${names}::text[]) AS n))`;

/** Conditions joined with AND. */
export const allOf = (conditions: readonly Prisma.Sql[]): Prisma.Sql => Prisma.join(conditions, " AND ");

/** A single optional value as a filter list. */
export const listOf = <T>(value: T | undefined): T[] | undefined => (value === undefined ? undefined : [value]);
