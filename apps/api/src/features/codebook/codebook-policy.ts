import { roleAtLeast } from "@verbatim/core";
import type { Viewer } from "../../auth/actor.ts";

/** Reviewers and admins govern the codebook (rename, merge, split, deprecate, bulk changes, undo). */
export const canGovernCodebook = (viewer: Viewer): boolean => roleAtLeast(viewer.role, "reviewer");

/**
 * A code first named while tagging: an analyst's is `new`, for a reviewer to look at in the codebook; one made by
 * someone who governs the codebook is active at once.
 */
export const statusOfCodeMadeWhileTagging = (viewer: Viewer): "new" | "active" => (canGovernCodebook(viewer) ? "active" : "new");

/** Analysts and up add codes (while tagging, or in the codebook); viewers read it. */
export const canCreateCodes = (viewer: Viewer): boolean => roleAtLeast(viewer.role, "analyst");
