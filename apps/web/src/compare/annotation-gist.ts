import type { Annotation } from "@verbatim/contract";
import { labelFor, RELATION_LABELS, STANCE_LABELS, STRENGTH_LABELS } from "../annotations/taxonomy-labels.ts";

/** The attribute that says what a tag claims (as core's mainAttribute decides matches): stance, strength, or relation and target. */
export function annotationGist(annotation: Pick<Annotation, "kind" | "attributes">): string {
  const a = annotation.attributes;
  switch (annotation.kind) {
    case "position":
      return labelFor(STANCE_LABELS, a["stance"]);
    case "commitment":
      return labelFor(STRENGTH_LABELS, a["strength"]);
    case "cross-reference":
      return [labelFor(RELATION_LABELS, a["relation"]), typeof a["target"] === "string" ? a["target"] : ""].filter(Boolean).join(" ");
  }
}
