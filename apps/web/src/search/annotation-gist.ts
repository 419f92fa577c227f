import type { SearchAnnotation } from "@verbatim/contract";
import { KIND_LABELS, labelFor, RELATION_LABELS, STANCE_LABELS, STRENGTH_LABELS } from "../lib/taxonomy-labels.ts";

const text = (value: unknown): string => (typeof value === "string" ? value : "");

/** An annotation's kind with its main attribute, as a chip reads: "Position · Urges", "Cross-reference · Cites UNTOC". */
export function annotationGist(annotation: Pick<SearchAnnotation, "kind" | "attributes">): string {
  const { kind, attributes } = annotation;
  const detail =
    kind === "position"
      ? labelFor(STANCE_LABELS, attributes.stance)
      : kind === "commitment"
        ? labelFor(STRENGTH_LABELS, attributes.strength)
        : [labelFor(RELATION_LABELS, attributes.relation), text(attributes.target)].filter(Boolean).join(" ");
  const kindLabel = labelFor(KIND_LABELS, kind);
  return detail ? `${kindLabel} · ${detail}` : kindLabel;
}

/** The attributes a search result shows besides the gist: an actor, an action. */
export function annotationExtras(annotation: Pick<SearchAnnotation, "attributes">): string[] {
  const { attributes } = annotation;
  return [
    text(attributes.actor) && `Actor: ${text(attributes.actor)}`,
    text(attributes.action) && `Action: ${text(attributes.action)}`,
  ].filter(Boolean);
}
