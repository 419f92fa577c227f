import { KIND_LABELS, RELATION_LABELS, STANCE_LABELS, STATUS_LABELS, STRENGTH_LABELS, labelFor } from "../lib/taxonomy-labels.ts";
import type { ExportedAnnotation } from "./use-export-preview.ts";

/** An excerpt's kind, attributes, labels and status, as the short facts under its citation. */
export function excerptFacts(item: ExportedAnnotation): string[] {
  const facts = [KIND_LABELS[item.kind]];
  let actor: string | undefined;
  if (item.kind === "position") {
    const a = item.attributes;
    facts.push(labelFor(STANCE_LABELS, a.stance));
    if (a.topics?.length) facts.push(`Topics: ${a.topics.join(", ")}`);
    actor = a.actor;
  } else if (item.kind === "commitment") {
    const a = item.attributes;
    facts.push(labelFor(STRENGTH_LABELS, a.strength));
    if (a.action) facts.push(`Action: ${a.action}`);
    actor = a.actor;
  } else {
    facts.push(`${labelFor(RELATION_LABELS, item.attributes.relation)} ${item.attributes.target}`.trim());
  }
  if (actor) facts.push(`Actor: ${actor}`);
  if (item.labels.length) facts.push(`Labels: ${item.labels.join(", ")}`);
  facts.push(item.review ? `${STATUS_LABELS[item.review.status]} by ${item.review.reviewer}` : STATUS_LABELS[item.status]);
  return facts.filter(Boolean);
}
