import { endpoints, type SavedViewAbilities } from "@verbatim/contract";
import type { Viewer } from "../../auth/actor.ts";
import { mayCall } from "../../auth/may-call.ts";

/** Analysts and up save views (the create endpoint's own gate); every member reads and opens them. */
export const canSaveViews = (viewer: Viewer): boolean => mayCall(viewer, endpoints.createSavedView);

/**
 * Its creator renames, re-saves, deletes and restores a view while their role still lets them save views; admins
 * any view. Someone else's view is theirs to open, not to change: a shared link must not change under its readers.
 */
export const canChangeSavedView = (viewer: Viewer, view: { createdById: string }): boolean =>
  viewer.role === "admin" || (canSaveViews(viewer) && viewer.userId === view.createdById);

/** What the viewer may do with a view, sent with it. */
export const savedViewAbilities = (viewer: Viewer, view: { createdById: string }): SavedViewAbilities => {
  const change = canChangeSavedView(viewer, view);
  return { edit: change, delete: change };
};
