import type { AnnotationHistoryItem, HistoryField } from "@verbatim/contract";
import { quoted } from "@verbatim/core";
import { KIND_LABELS, RELATION_LABELS, STANCE_LABELS, STATUS_LABELS, STRENGTH_LABELS, labelFor } from "../lib/taxonomy-labels.ts";

export const FIELD_LABELS: Record<HistoryField, string> = {
  kind: "Kind",
  target: "Position",
  quote: "Quote",
  attributes: "Details",
  labels: "Labels",
  codes: "Codes",
  note: "Note",
  status: "Status",
  anchor: "Anchoring",
};

const ATTRIBUTE_NAMES: Record<string, string> = {
  stance: "stance",
  topics: "topics",
  actor: "actor",
  strength: "strength",
  action: "action",
  deadline: "deadline",
  target: "target",
  relation: "relation",
};
const ATTRIBUTE_VALUES: Record<string, Readonly<Record<string, string>>> = {
  stance: STANCE_LABELS,
  strength: STRENGTH_LABELS,
  relation: RELATION_LABELS,
};

const NONE = "none";
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

function plain(value: unknown): string {
  if (value === null || value === undefined || value === "") return NONE;
  if (Array.isArray(value)) return value.length ? value.map(plain).join(", ") : NONE;
  if (isRecord(value)) return JSON.stringify(value);
  return String(value);
}

function attributes(value: unknown): string {
  if (!isRecord(value)) return plain(value);
  const parts = Object.entries(value)
    .filter(([, v]) => v !== undefined && v !== null && !(Array.isArray(v) && v.length === 0))
    .map(([k, v]) => {
      const shown = typeof v === "string" && ATTRIBUTE_VALUES[k] ? labelFor(ATTRIBUTE_VALUES[k], v) : plain(v);
      return `${ATTRIBUTE_NAMES[k] ?? k}: ${shown}`;
    });
  return parts.length ? parts.join("; ") : NONE;
}

function target(value: unknown): string {
  if (!isRecord(value)) return plain(value);
  const { paragraphId, start, end, endParagraphId } = value;
  const where = endParagraphId && endParagraphId !== paragraphId ? `${plain(paragraphId)}–${plain(endParagraphId)}` : plain(paragraphId);
  return `${where}, characters ${plain(start)}–${plain(end)}`;
}

const ANCHOR_STATES: Record<string, string> = { anchored: "on its words", fuzzy: "placed approximately", orphaned: "orphaned" };

function anchor(value: unknown): string {
  if (!isRecord(value)) return plain(value);
  return `${ANCHOR_STATES[String(value.state)] ?? plain(value.state)} in revision ${plain(value.revision)}`;
}

/** A history value as a reader would say it: labels rather than keys, lists joined, "none" for nothing. */
export function formatHistoryValue(field: HistoryField, value: unknown): string {
  switch (field) {
    case "kind":
      return value == null ? NONE : labelFor(KIND_LABELS, value);
    case "status":
      return value == null ? NONE : labelFor(STATUS_LABELS, value);
    case "attributes":
      return attributes(value);
    case "target":
      return target(value);
    case "anchor":
      return anchor(value);
    case "quote":
      return isRecord(value) && typeof value.exact === "string" ? quoted(value.exact) : plain(value);
    case "codes":
      // The codes as names, each with its type: "topic Cybercrime, label Budget".
      return Array.isArray(value) && value.length > 0
        ? value.map((c) => (isRecord(c) ? `${plain(c.type)} ${plain(c.name)}` : plain(c))).join(", ")
        : NONE;
    default:
      return plain(value);
  }
}

const VERBS: Record<AnnotationHistoryItem["action"], string> = {
  created: "created it",
  imported: "imported it",
  updated: "edited it",
  deleted: "deleted it",
  restored: "restored it",
  reviewed: "reviewed it",
  reanchored: "moved it to a new revision of the text",
  placed: "placed it on the current text",
  recoded: "changed its codes in the codebook",
};
const DECISIONS = { accepted: "accepted it", rejected: "rejected it", disputed: "disputed it" } as const;

/** "accepted it", "edited it": what the entry's actor did. */
export function historyVerb(item: Pick<AnnotationHistoryItem, "action" | "review">): string {
  return item.action === "reviewed" && item.review ? DECISIONS[item.review.status] : VERBS[item.action];
}

/** The changes worth listing: a creation's status (always proposed) and a review's status (said by the verb) are left out. */
export function shownChanges(item: AnnotationHistoryItem): AnnotationHistoryItem["changes"] {
  if (item.action === "created" || item.action === "imported" || item.action === "reviewed") {
    return item.changes.filter((c) => c.field !== "status");
  }
  return item.changes;
}
