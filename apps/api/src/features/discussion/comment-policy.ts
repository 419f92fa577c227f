import type { Actor } from "../../auth/actor.ts";
import { roleAtLeast } from "../../auth/roles.ts";

/** Analysts and above comment on any annotation they can read. */
export const canComment = (actor: Actor): boolean => roleAtLeast(actor.role, "analyst");

/** A comment's words are its author's: only they edit it, admins included. */
export const canEditComment = (actor: Actor, authorId: string): boolean => canComment(actor) && actor.userId === authorId;

/** Authors delete (and restore) their own comments; admins anyone's, for moderation. */
export const canDeleteComment = (actor: Actor, authorId: string): boolean =>
  actor.role === "admin" || (canComment(actor) && actor.userId === authorId);
