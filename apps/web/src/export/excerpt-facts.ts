import { KIND_LABELS, RELATION_LABELS, STANCE_LABELS, STATUS_LABELS, STRENGTH_LABELS, labelFor } from "../annotations/taxonomy-labels.ts";
import type { ExportedAnnotation } from "./use-export-preview.ts";

const text = (value: unknown): string => (typeof value === "string" ? value.trim() : "");
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : []);

/** An excerpt's kind, attributes, labels and status, as the short facts under its citation. */
export function excerptFacts(item: ExportedAnnotation): string[] {
  const a = item.attributes;
  const facts = [KIND_LABELS[item.kind]];
  if (item.kind === "position") {
    facts.push(labelFor(STANCE_LABELS, a.stance));
    const topics = strings(a.topics);
    if (topics.length) facts.push(`Topics: ${topics.join(", ")}`);
  } else if (item.kind === "commitment") {
    facts.push(labelFor(STRENGTH_LABELS, a.strength));
    if (text(a.action)) facts.push(`Action: ${text(a.action)}`);
  } else {
    facts.push(`${labelFor(RELATION_LABELS, a.relation)} ${text(a.target)}`.trim());
  }
  if (text(a.actor)) facts.push(`Actor: ${text(a.actor)}`);
  if (item.labels.length) facts.push(`Labels: ${item.labels.join(", ")}`);
  facts.push(item.review ? `${STATUS_LABELS[item.review.status]} by ${item.review.reviewer}` : STATUS_LABELS[item.status]);
  return facts.filter(Boolean);
}
