import { endpoints } from "@verbatim/contract";
import { Router } from "express";
import type { AppDeps } from "../../http/context.ts";
import { mount } from "../../http/route.ts";
import { createComment } from "./comment-create.ts";
import { deleteComment, restoreComment } from "./comment-delete.ts";
import { listAnnotationComments, listStatementComments } from "./comment-list.ts";
import { updateComment } from "./comment-update.ts";
import { countUnread } from "./inbox-count.ts";
import { listInbox } from "./inbox-list.ts";
import { markInboxRead } from "./inbox-mark-read.ts";

export function discussionRoutes(deps: AppDeps): Router {
  const r = Router();
  const { db } = deps;

  mount(r, deps, endpoints.listStatementComments, async ({ actor, params }) => ({
    items: await listStatementComments(db, { viewer: actor, workspaceId: actor.workspaceId, idOrSlug: params.idOrSlug }),
  }));
  mount(r, deps, endpoints.listAnnotationComments, async ({ actor, params }) => ({
    items: await listAnnotationComments(db, { viewer: actor, workspaceId: actor.workspaceId, annotationId: params.id }),
  }));
  mount(r, deps, endpoints.createComment, async ({ actor, params, body }) => ({
    comment: await createComment(db, { actor, annotationId: params.id, input: body }),
  }));
  mount(r, deps, endpoints.updateComment, async ({ actor, params, body }) => ({
    comment: await updateComment(db, { actor, id: params.id, input: body }),
  }));
  mount(r, deps, endpoints.deleteComment, async ({ actor, params }) => {
    await deleteComment(db, { actor, id: params.id });
  });
  mount(r, deps, endpoints.restoreComment, async ({ actor, params }) => ({
    comment: await restoreComment(db, { actor, id: params.id }),
  }));
  mount(r, deps, endpoints.inboxCount, async ({ actor }) => ({ unread: await countUnread(db, actor) }));
  mount(r, deps, endpoints.listInbox, async ({ actor, query }) => listInbox(db, { actor, ...query }));
  mount(r, deps, endpoints.markInboxRead, async ({ actor, body }) => ({ unread: await markInboxRead(db, { actor, ...body }) }));
  return r;
}
