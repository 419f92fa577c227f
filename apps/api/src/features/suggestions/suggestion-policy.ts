import { roleAtLeast } from "@verbatim/core";
import type { Viewer } from "../../auth/actor.ts";
import { canCreateAnnotation } from "../annotations/annotation-policy.ts";

/** Accepting a suggestion makes an annotation: whoever may annotate may accept. */
export const canAcceptSuggestions = (viewer: Viewer): boolean => canCreateAnnotation(viewer);

/** Dismissing is part of coding a statement: analysts and above; a viewer reads the suggestions only. */
export const canDismissSuggestions = (viewer: Viewer): boolean => roleAtLeast(viewer.role, "analyst");

/** What the caller may do with a statement's suggestions: sent with the list, so the reader never decides itself. */
export const suggestionAbilities = (viewer: Viewer) => ({ accept: canAcceptSuggestions(viewer), dismiss: canDismissSuggestions(viewer) });
