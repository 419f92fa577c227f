import type { AnnotationAbilities } from "@verbatim/contract";
import { roleAtLeast } from "@verbatim/core";
import type { Viewer } from "../../auth/actor.ts";
import { canComment } from "../discussion/comment-policy.ts";

/** Analysts and reviewers change their own annotations; admins change anyone's. */
export const canChangeAnnotation = (actor: Viewer, authorId: string): boolean =>
  actor.role === "admin" || (roleAtLeast(actor.role, "analyst") && actor.userId === authorId);

/** Reviewers and admins review any annotation, their own included. */
export const canReviewAnnotation = (actor: Viewer): boolean => roleAtLeast(actor.role, "reviewer");

export const canCreateAnnotation = (actor: Viewer): boolean => roleAtLeast(actor.role, "analyst");

/** The review queue is the reviewers' work list. */
export const canReadReviewQueue = (actor: Viewer): boolean => canReviewAnnotation(actor);

/** Every member of the workspace may read an annotation's history, deleted annotations' too. */
export const canReadAnnotationHistory = (actor: Viewer): boolean => roleAtLeast(actor.role, "viewer");

/** What the viewer may do with an annotation by `authorId`: sent with every annotation, so no client decides. */
export const annotationAbilities = (viewer: Viewer, authorId: string): AnnotationAbilities => ({
  edit: canChangeAnnotation(viewer, authorId),
  delete: canChangeAnnotation(viewer, authorId),
  review: canReviewAnnotation(viewer),
  comment: canComment(viewer),
});
