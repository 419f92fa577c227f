import type { Viewer } from "../../auth/actor.ts";
import { canChangeAnnotation, canReviewAnnotation } from "../annotations/annotation-policy.ts";

/**
 * Who settles a waiting annotation: whoever may change it (its author, admins) and reviewers, whose queue work this
 * is as much as reviewing: confirming or moving a tag to the words it was about does not change what it says.
 */
export const canPlaceAnnotation = (actor: Viewer, authorId: string): boolean =>
  canChangeAnnotation(actor, authorId) || canReviewAnnotation(actor);
