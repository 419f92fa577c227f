import type { AnnotationKind, CommitmentStrength, CrossReferenceRelation, ReviewStatus, Stance } from "@verbatim/core";

/** How the taxonomy's values read on the page; the API's values stay the keys. */
export const KIND_LABELS: Record<AnnotationKind, string> = {
  position: "Position",
  commitment: "Commitment",
  "cross-reference": "Cross-reference",
};

export const STANCE_LABELS: Record<Stance, string> = {
  supports: "Supports",
  opposes: "Opposes",
  welcomes: "Welcomes",
  concerned: "Concerned",
  condemns: "Condemns",
  urges: "Urges",
  reaffirms: "Reaffirms",
  notes: "Notes",
};

export const STRENGTH_LABELS: Record<CommitmentStrength, string> = {
  binding: "Binding",
  pledge: "Pledge",
  aspiration: "Aspiration",
};

export const RELATION_LABELS: Record<CrossReferenceRelation, string> = {
  cites: "Cites",
  reaffirms: "Reaffirms",
  implements: "Implements",
  "responds-to": "Responds to",
  quotes: "Quotes",
};

export const STATUS_LABELS: Record<ReviewStatus, string> = {
  proposed: "Proposed",
  accepted: "Accepted",
  rejected: "Rejected",
  disputed: "Disputed",
};

/** The label for a value, or the value itself when the API sends one this page does not know yet. */
export function labelFor(labels: Readonly<Record<string, string>>, value: unknown): string {
  if (typeof value !== "string") return "";
  return labels[value] ?? value;
}
