import * as C from "./comments.ts";
import { type Endpoint, read, write } from "./endpoint.ts";
import { IdParams, StatementParams } from "./path-params.ts";

/** Discussion: comments on annotations, mentions and the inbox (which also carries review verdicts). */
export const discussionEndpoints = {
  listStatementComments: {
    method: "get",
    path: "/api/statements/:idOrSlug/comments",
    params: StatementParams,
    summary: "Every comment on the statement's annotations (deleted annotations left out), oldest first",
    access: "viewer",
    response: C.CommentList,
    status: 200,
    errors: read,
  },
  listAnnotationComments: {
    method: "get",
    path: "/api/annotations/:id/comments",
    params: IdParams,
    summary: "The comments on one annotation, oldest first; a deleted comment is listed (without its text) while it has replies",
    access: "viewer",
    response: C.CommentList,
    status: 200,
    errors: read,
  },
  createComment: {
    method: "post",
    path: "/api/annotations/:id/comments",
    params: IdParams,
    summary:
      "Comment on an annotation, or reply to one of its comments (parentId; 404 when it is not a comment of this annotation). " +
      "Mentioned members and the author of the comment (or annotation) replied to find it in their inbox",
    access: "analyst",
    body: C.CreateCommentRequest,
    response: C.CommentResponse,
    status: 201,
    errors: [...write, "invalid_mention"],
  },
  updateComment: {
    method: "patch",
    path: "/api/comments/:id",
    params: IdParams,
    summary: "Edit one's own comment (carrying its version); members it newly mentions are told",
    access: "analyst",
    body: C.UpdateCommentRequest,
    response: C.CommentResponse,
    status: 200,
    errors: [...write, "version_conflict", "invalid_mention"],
  },
  deleteComment: {
    method: "delete",
    path: "/api/comments/:id",
    params: IdParams,
    summary: "Delete a comment (its author, or an admin); undone by restoreComment",
    access: "analyst",
    status: 204,
    errors: write,
  },
  restoreComment: {
    method: "post",
    path: "/api/comments/:id/restore",
    params: IdParams,
    summary: "Undo a comment's deletion (its author, or an admin)",
    access: "analyst",
    response: C.CommentResponse,
    status: 200,
    errors: write,
  },
  listInbox: {
    method: "get",
    path: "/api/inbox",
    summary:
      "The signed-in member's mentions, replies and review verdicts on their annotations in this workspace, newest first, " +
      "with the unread count",
    access: "viewer",
    query: C.InboxQuery,
    response: C.InboxPage,
    status: 200,
    errors: read,
  },
  inboxCount: {
    method: "get",
    path: "/api/inbox/count",
    summary: "How many of the signed-in member's inbox items are unread",
    access: "viewer",
    response: C.InboxCount,
    status: 200,
    errors: read,
  },
  markInboxRead: {
    method: "post",
    path: "/api/inbox/read",
    summary: "Mark some of one's own inbox items read (ids; others' IDs are ignored), or all of them; answers the unread count",
    access: "viewer",
    body: C.MarkInboxReadRequest,
    response: C.InboxCount,
    status: 200,
    errors: write,
  },
} as const satisfies Record<string, Endpoint>;
