import type { SavedView } from "@verbatim/contract";
import type { Viewer } from "../../auth/actor.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import { savedViewAbilities } from "./saved-views-policy.ts";

/** What a view is read with, for its presenter. */
export const SAVED_VIEW_INCLUDE = { createdBy: { select: { id: true, name: true } } } satisfies Prisma.SavedViewInclude;

export type SavedViewRow = Prisma.SavedViewGetPayload<{ include: typeof SAVED_VIEW_INCLUDE }>;

/** A view as `viewer` sees it, with what they may do with it. */
export const presentSavedViewFor =
  (viewer: Viewer) =>
  (row: SavedViewRow): SavedView => ({
    id: row.id,
    kind: row.kind,
    name: row.name,
    params: row.params,
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    can: savedViewAbilities(viewer, row),
  });
