import type { TaggedAttributes } from "@verbatim/core";
import { labelFor, RELATION_LABELS, STANCE_LABELS, STRENGTH_LABELS } from "../lib/taxonomy-labels.ts";

/** The attribute that says what a tag claims (as core's mainAttribute decides matches): stance, strength, or relation and target. */
export function annotationGist(annotation: TaggedAttributes): string {
  switch (annotation.kind) {
    case "position":
      return labelFor(STANCE_LABELS, annotation.attributes.stance);
    case "commitment":
      return labelFor(STRENGTH_LABELS, annotation.attributes.strength);
    case "cross-reference":
      return [labelFor(RELATION_LABELS, annotation.attributes.relation), annotation.attributes.target].filter(Boolean).join(" ");
  }
}
