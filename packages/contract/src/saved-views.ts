import { z } from "zod";
import { UserRef } from "./auth.ts";
import { IsoDateTime, Uuid } from "./common.ts";

/** The pages whose state can be saved: the corpus search, the retrieved passages and the matrix (issue 17). */
export const SAVED_VIEW_KINDS = ["search", "passages", "matrix"] as const;
export const SavedViewKind = z.enum(SAVED_VIEW_KINDS);
export type SavedViewKind = z.infer<typeof SavedViewKind>;

/** At most this many characters of query string: a search with many facet values fits; a URL pasted by mistake does not. */
export const MAX_VIEW_PARAMS = 4000;
export const MAX_VIEW_NAME = 120;

export const SavedViewName = z.string().trim().min(1, "enter a name").max(MAX_VIEW_NAME, `at most ${MAX_VIEW_NAME} characters`);

/**
 * The page's URL query string, without the `?` (`q=cybercrime&delegation=CHN`), stored as the page wrote it: the page
 * alone reads it, so a view keeps working as the page learns new parameters. Empty for the page as it opens.
 */
export const SavedViewParams = z
  .string()
  .max(MAX_VIEW_PARAMS, `at most ${MAX_VIEW_PARAMS} characters`)
  .refine((s) => !s.startsWith("?") && !s.includes("#"), "the query string alone, without ? or #");

/** What the caller may do with a view: its creator and admins rename, re-save and delete (and restore) it. */
export const SavedViewAbilities = z.object({ edit: z.boolean(), delete: z.boolean() });
export type SavedViewAbilities = z.infer<typeof SavedViewAbilities>;

/** A search, passages filter or matrix saved by name for the workspace, shared by its link (`/views/<id>`). */
export const SavedView = z.object({
  id: Uuid,
  kind: SavedViewKind,
  name: z.string(),
  params: z.string(),
  createdBy: UserRef,
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  can: SavedViewAbilities,
});
export type SavedView = z.infer<typeof SavedView>;
export const SavedViewResponse = z.object({ view: SavedView });
/** The workspace's live views, newest first. */
export const SavedViewList = z.object({ items: z.array(SavedView) });
export type SavedViewList = z.infer<typeof SavedViewList>;

export const ListSavedViewsQuery = z.strictObject({ kind: SavedViewKind.optional() });
export type ListSavedViewsQuery = z.infer<typeof ListSavedViewsQuery>;

export const CreateSavedViewRequest = z.strictObject({ kind: SavedViewKind, name: SavedViewName, params: SavedViewParams });
export type CreateSavedViewRequest = z.infer<typeof CreateSavedViewRequest>;

/** A new name, the page's current state in place of the saved one, or both. */
export const UpdateSavedViewRequest = z
  .strictObject({ name: SavedViewName.optional(), params: SavedViewParams.optional() })
  .refine((b) => b.name !== undefined || b.params !== undefined, "a name, params or both");
export type UpdateSavedViewRequest = z.infer<typeof UpdateSavedViewRequest>;
