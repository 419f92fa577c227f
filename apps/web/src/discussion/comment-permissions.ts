import type { Role } from "@verbatim/core";

/** As the API decides (comment-policy.ts): analysts and above comment; authors edit; authors and admins delete. */
export const canComment = (role: Role): boolean => role !== "viewer";
export const canEditComment = (role: Role, selfId: string, authorId: string): boolean => canComment(role) && selfId === authorId;
export const canDeleteComment = (role: Role, selfId: string, authorId: string): boolean =>
  role === "admin" || canEditComment(role, selfId, authorId);
