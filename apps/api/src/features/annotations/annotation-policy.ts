import type { Actor } from "../../auth/actor.ts";
import { roleAtLeast } from "../../auth/roles.ts";

/** Analysts and reviewers change their own annotations; admins change anyone's. */
export const canChangeAnnotation = (actor: Actor, authorId: string): boolean =>
  actor.role === "admin" || (roleAtLeast(actor.role, "analyst") && actor.userId === authorId);

/** Reviewers and admins review any annotation, their own included. */
export const canReviewAnnotation = (actor: Actor): boolean => roleAtLeast(actor.role, "reviewer");

export const canCreateAnnotation = (actor: Actor): boolean => roleAtLeast(actor.role, "analyst");

/** The review queue is the reviewers' work list. */
export const canReadReviewQueue = (actor: Actor): boolean => canReviewAnnotation(actor);

/** Every member of the workspace may read an annotation's history, deleted annotations' too. */
export const canReadAnnotationHistory = (actor: Actor): boolean => roleAtLeast(actor.role, "viewer");
