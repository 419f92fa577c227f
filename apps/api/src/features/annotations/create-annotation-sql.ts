import { Prisma } from "../../generated/prisma/client.ts";
import type { DbOrTx } from "../../db/in-transaction.ts";
import { withEventInserted } from "../live/events-sql.ts";
import { storedEvent } from "../live/record-event.ts";
import type { AnnotationWithReview } from "./annotation-review.ts";
import { annotationSnapshot } from "./annotation-snapshot.ts";
import { codesOfCreated } from "../codebook/annotation-codes-sql.ts";
import { storedAttributes } from "./coded-attributes.ts";

export interface NewAnnotation {
  workspaceId: string;
  /** The annotation as it will read once written: its ID and times are chosen here, not by the database. */
  view: AnnotationWithReview;
  noteRich: object | null;
}

/**
 * Writes a new annotation with everything that goes with it (its first history entry, its codes (found or made
 * by codesNamedBy beforehand), its event and the notice of it) as one statement: one round trip, atomic on its own,
 * where the same writes one query at a time took eleven inside an interactive transaction. The kind is written as the
 * database's enum label, which is the domain's name ("cross-reference"), not the Prisma client's identifier.
 */
export async function insertCreatedAnnotation(db: DbOrTx, a: NewAnnotation): Promise<void> {
  const { view, workspaceId } = a;
  const actorId = view.author.id;
  const event = storedEvent({ workspaceId, type: "annotation.created", actorId, annotation: view });
  const { target, quote } = view;
  const writes = Prisma.sql`
    created AS (
      INSERT INTO annotations (id, workspace_id, statement_id, revision, anchor_revision, kind, paragraph_id, start, "end", end_paragraph_id,
                               exact, prefix, suffix, attributes, note_text, note_rich, author_id, created_at, updated_at, suggestion_rule)
      VALUES (${view.id}::uuid, ${workspaceId}::uuid, ${view.statementId}::uuid, ${view.revision}, ${view.revision},
              ${view.kind}::"AnnotationKind", ${target.paragraphId}, ${target.start}, ${target.end},
              ${target.endParagraphId ?? null}, ${quote.exact}, ${quote.prefix}, ${quote.suffix},
              ${JSON.stringify(storedAttributes(view.attributes))}::jsonb, ${view.note},
              ${a.noteRich === null ? null : JSON.stringify(a.noteRich)}::jsonb, ${actorId}::uuid,
              ${view.createdAt}::timestamptz, ${view.updatedAt}::timestamptz, ${view.provenance?.rule ?? null})
      RETURNING id
    ),
    history AS (
      INSERT INTO annotation_changes (id, annotation_id, version, action, actor_id, after, created_at)
      SELECT gen_random_uuid(), created.id, 1, 'created', ${actorId}::uuid, ${JSON.stringify(annotationSnapshot(view))}::jsonb,
             ${view.createdAt}::timestamptz
      FROM created
    ),
    ${codesOfCreated(view.codes)}`;
  await db.$executeRaw`${withEventInserted(event, writes)}`;
}
