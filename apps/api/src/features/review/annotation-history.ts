import type { AnnotationHistory, AnnotationHistoryItem, HistoryAction } from "@verbatim/contract";
import { HISTORY_ACTIONS } from "@verbatim/contract";
import type { Actor } from "../../auth/actor.ts";
import type { Db } from "../../db/database.ts";
import { forbidden, notFound } from "../../http/app-error.ts";
import { canReadAnnotationHistory } from "../annotations/annotation-policy.ts";
import { diffSnapshots } from "./annotation-history-diff.ts";
import { recodedHistory } from "./recoded-history-sql.ts";

type Snapshot = Record<string, unknown> | null;
const isAction = (a: string): a is HistoryAction => (HISTORY_ACTIONS as readonly string[]).includes(a);
const person = { select: { id: true, name: true } } as const;

/**
 * An annotation's history, oldest first: its changes (annotation_changes, with before and after snapshots)
 * merged with its reviews, whose comment the change rows do not keep. A review and the change it made share
 * the version it raised the annotation to. The codebook operations that recoded it are kept in their own rows
 * (recoded-history-sql.ts). Deleted annotations have a history too.
 */
export async function annotationHistory(db: Db, opts: { actor: Actor; id: string }): Promise<AnnotationHistory> {
  const { actor, id } = opts;
  if (!canReadAnnotationHistory(actor)) throw forbidden();
  const found = await db.annotation.findFirst({
    where: { id, workspaceId: actor.workspaceId, statement: { deletedAt: null } },
    select: { id: true },
  });
  if (!found) throw notFound("annotation");
  const [changes, reviews, recoded] = await Promise.all([
    db.annotationChange.findMany({
      where: { annotationId: id },
      include: { actor: person },
      orderBy: [{ version: "asc" }, { createdAt: "asc" }],
    }),
    db.review.findMany({ where: { annotationId: id }, include: { reviewer: person }, orderBy: [{ annotationVersion: "asc" }] }),
    recodedHistory(db, actor.workspaceId, id),
  ]);
  const reviewAt = new Map(reviews.map((r) => [r.annotationVersion, r]));
  const items: AnnotationHistoryItem[] = changes.map((c) => {
    const review = c.action === "reviewed" ? reviewAt.get(c.version) : undefined;
    if (review) reviewAt.delete(c.version);
    return {
      id: c.id,
      at: c.createdAt.toISOString(),
      actor: c.actor,
      action: isAction(c.action) ? c.action : "updated",
      version: c.version,
      changes: diffSnapshots(c.before as Snapshot, c.after as Snapshot),
      review: review ? { status: review.status as "accepted" | "rejected" | "disputed", comment: review.comment } : null,
    };
  });
  for (const r of recoded) {
    items.push({ id: r.id, at: r.at.toISOString(), actor: r.actor, action: "recoded", version: r.version, changes: [], review: null });
  }
  // A review written without a change row of its own still belongs in the history.
  for (const r of reviewAt.values()) {
    items.push({
      id: r.id,
      at: r.createdAt.toISOString(),
      actor: r.reviewer,
      action: "reviewed",
      version: r.annotationVersion,
      changes: [],
      review: { status: r.status as "accepted" | "rejected" | "disputed", comment: r.comment },
    });
  }
  return { items: items.sort((a, b) => a.version - b.version || a.at.localeCompare(b.at)) };
}
