import type { CommentAbilities } from "@verbatim/contract";
import { roleAtLeast } from "@verbatim/core";
import type { Viewer } from "../../auth/actor.ts";

/** Analysts and above comment on any annotation they can read. */
export const canComment = (actor: Viewer): boolean => roleAtLeast(actor.role, "analyst");

/** A comment's words are its author's: only they edit it, admins included. */
export const canEditComment = (actor: Viewer, authorId: string): boolean => canComment(actor) && actor.userId === authorId;

/** Authors delete (and restore) their own comments; admins anyone's, for moderation. */
export const canDeleteComment = (actor: Viewer, authorId: string): boolean =>
  actor.role === "admin" || (canComment(actor) && actor.userId === authorId);

/** What the viewer may do with a comment by `authorId`, sent with it. */
export const commentAbilities = (viewer: Viewer, authorId: string): CommentAbilities => ({
  edit: canEditComment(viewer, authorId),
  delete: canDeleteComment(viewer, authorId),
});
