import type { PlacementRequest } from "@verbatim/contract";
import type { AnnotationView } from "@verbatim/core";
import type { Actor } from "../../auth/actor.ts";
import type { Db } from "../../db/database.ts";
import { Prisma } from "../../generated/prisma/client.ts";
import { AppError, forbidden } from "../../http/app-error.ts";
import { presentAnnotation } from "../annotations/annotation.ts";
import { findAnnotation } from "../annotations/find-annotation.ts";
import { placeOnCurrentText } from "../annotations/place-on-current-text.ts";
import { versionConflict } from "../annotations/version-conflict.ts";
import { type AnnotationWrite, writeAnnotationChange } from "../annotations/write-annotation-change.ts";
import { canPlaceAnnotation } from "./placing-policy.ts";

const isWaiting = (a: AnnotationView) => a.anchor?.state === "fuzzy" || a.anchor?.state === "orphaned";

const notWaiting = (a: AnnotationView, why: string) =>
  new AppError("not_waiting", `the annotation ${why}`, { state: a.anchor?.state ?? "anchored", deleted: false });

/**
 * Settles an annotation from "Needs placing". Confirming and placing are recorded as "placed" and announced as
 * annotation.reanchored; the review status stands (the tag says what it said, now on its words). A drop is a
 * deletion like DELETE /api/annotations/:id, so its history, event and undo are a deletion's; `restore` undoes it
 * for everyone who may drop (restoreAnnotation itself is for those who may change the annotation).
 */
export async function placeAnnotation(db: Db, opts: { actor: Actor; id: string; input: PlacementRequest }) {
  const { actor, input } = opts;
  const dropped = input.action === "restore";
  const before = presentAnnotation(await findAnnotation(db, actor.workspaceId, opts.id, { deleted: dropped }));
  if (!canPlaceAnnotation(actor, before.author.id)) throw forbidden("you may place only your own annotations");
  if (input.version !== before.version) throw versionConflict(actor, before);
  if (!isWaiting(before)) throw notWaiting(before, "is anchored on its words: it waits for no placing");

  const write = { db, actor, before, expectedVersion: input.version } satisfies Partial<AnnotationWrite>;
  switch (input.action) {
    case "confirm":
      if (before.anchor?.state !== "fuzzy") throw notWaiting(before, "is an orphan: place it on words, or drop it");
      // The statement's lock too: a revision landing meanwhile re-anchors it first, and this confirms where it is then.
      return writeAnnotationChange({
        ...write,
        action: "placed",
        data: { anchorState: "anchored", previousQuote: Prisma.DbNull },
        movesTarget: true,
      });
    case "place": {
      const placed = {
        workspaceId: actor.workspaceId,
        statementId: before.statementId,
        target: input.target,
        baseRevision: input.revision,
      };
      return writeAnnotationChange({ ...write, action: "placed", data: await placeOnCurrentText(db, placed), movesTarget: true });
    }
    case "drop":
      return writeAnnotationChange({ ...write, action: "deleted", data: { deletedAt: new Date() } });
    case "restore":
      return writeAnnotationChange({ ...write, action: "restored", data: { deletedAt: null } });
  }
}
