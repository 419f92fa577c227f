import { roleAtLeast } from "@verbatim/core";
import type { Viewer } from "../../auth/actor.ts";

/** Admins add entries and aliases to the workspace's registry; every member reads it (it names their statements). */
export const canAddToRegistry = (viewer: Viewer): boolean => roleAtLeast(viewer.role, "admin");
