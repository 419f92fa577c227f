import type { ActivityItem } from "@verbatim/contract";
import { ANNOTATION_KINDS } from "@verbatim/core";
import { readAnnotationRecord } from "../annotations/annotation-record.ts";
import { excerpt } from "../exports/excerpt.ts";
import { readCodebookRecord } from "../live/codebook-record.ts";
import { isCodebookEvent } from "../live/stored-event.ts";

/** One row of activity-sql.ts's query. */
export interface ActivityRow {
  id: string;
  type: string;
  created_at: Date;
  actor_id: string;
  actor_name: string;
  /** Null for a workspace event (the codebook's). */
  slug: string | null;
  title: string | null;
  payload: unknown;
  annotation_id: string | null;
  annotation_kind: string | null;
  annotation_exact: string | null;
  annotation_paragraph: string | null;
  comment_id: string | null;
  comment_text: string | null;
  comment_deleted: boolean | null;
}

const QUOTE_CHARS = 160;
const COMMENT_CHARS = 160;

export function presentActivityItem(row: ActivityRow): ActivityItem {
  // An annotation event carries the annotation as it was then; other events (and a deletion) name it only.
  const then = row.type.startsWith("annotation.") && row.type !== "annotation.deleted" ? readAnnotationRecord(row.payload) : null;
  const kind = then?.kind ?? oneOf(row.annotation_kind, ANNOTATION_KINDS);
  const status = row.type === "annotation.reviewed" ? then?.status : undefined;
  return {
    id: row.id,
    type: row.type,
    at: row.created_at.toISOString(),
    actor: { id: row.actor_id, name: row.actor_name },
    statement: row.slug !== null && row.title !== null ? { slug: row.slug, title: row.title } : null,
    annotation:
      row.annotation_id && kind
        ? {
            id: row.annotation_id,
            kind,
            quote: excerpt(then?.quote.exact ?? row.annotation_exact ?? "", QUOTE_CHARS),
            paragraphId: then?.target.paragraphId ?? row.annotation_paragraph ?? "",
          }
        : null,
    review: status ? { status } : null,
    // A deleted comment's words are not shown, as the thread does not show them either.
    comment: row.comment_id
      ? { id: row.comment_id, excerpt: row.comment_deleted ? "" : excerpt(row.comment_text ?? "", COMMENT_CHARS) }
      : null,
    codebook: isCodebookEvent(row.type) ? readCodebookRecord(row.payload) : null,
  };
}

function oneOf<T extends string>(value: unknown, options: readonly T[]): T | undefined {
  return typeof value === "string" && (options as readonly string[]).includes(value) ? (value as T) : undefined;
}
