import { type Endpoint, read, write } from "./endpoint.ts";
import { IdParams } from "./path-params.ts";
import * as V from "./saved-views.ts";

const NAME_TAKEN = "conflict: another live view of the same kind has that name (case aside) in the workspace";

/** Saved views (issue 17): a search, a retrieved-passages filter or a matrix, saved by name and shared by link. */
export const savedViewEndpoints = {
  listSavedViews: {
    method: "get",
    path: "/api/views",
    summary: "The workspace's saved views, newest first (the latest 500); kind keeps one page's",
    access: "viewer",
    query: V.ListSavedViewsQuery,
    response: V.SavedViewList,
    status: 200,
    errors: read,
  },
  getSavedView: {
    method: "get",
    path: "/api/views/:id",
    params: IdParams,
    summary: "One saved view, for its link (/views/<id>): the web app opens its page with its params",
    access: "viewer",
    response: V.SavedViewResponse,
    status: 200,
    errors: read,
  },
  createSavedView: {
    method: "post",
    path: "/api/views",
    summary: `Save a page's query string by name for the workspace. ${NAME_TAKEN}`,
    access: "analyst",
    body: V.CreateSavedViewRequest,
    response: V.SavedViewResponse,
    status: 201,
    errors: [...write, "conflict"],
  },
  updateSavedView: {
    method: "patch",
    path: "/api/views/:id",
    params: IdParams,
    summary: `Rename a view or replace its params (its creator, or an admin). ${NAME_TAKEN}`,
    access: "analyst",
    body: V.UpdateSavedViewRequest,
    response: V.SavedViewResponse,
    status: 200,
    errors: [...write, "conflict"],
  },
  deleteSavedView: {
    method: "delete",
    path: "/api/views/:id",
    params: IdParams,
    summary: "Delete a view (its creator, or an admin); POST …/restore undoes it. Its link then answers 404",
    access: "analyst",
    status: 204,
    errors: write,
  },
  restoreSavedView: {
    method: "post",
    path: "/api/views/:id/restore",
    params: IdParams,
    summary: `Undo a view's deletion (its creator, or an admin). ${NAME_TAKEN} since`,
    access: "analyst",
    response: V.SavedViewResponse,
    status: 200,
    errors: [...write, "conflict"],
  },
} as const satisfies Record<string, Endpoint>;
