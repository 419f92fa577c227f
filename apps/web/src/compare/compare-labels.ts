import type { AttributeKey, CompareGroup, CompareOutcome } from "@verbatim/contract";

/** Each outcome in words, so that no one needs the row's colour to tell them apart. */
export const OUTCOME_LABELS: Record<CompareOutcome, string> = {
  match: "Match",
  attribute: "Different attribute",
  partial: "Partial overlap",
  disagreement: "Disagreement",
  single: "Only one annotator",
};

/** What each outcome means, for the legend. */
export const OUTCOME_HINTS: Record<CompareOutcome, string> = {
  match: "the same words, kind and main attribute",
  attribute: "the same words and kind, but a different stance, strength, relation or target",
  partial: "the same kind on overlapping words, or one annotator tagged it more than once",
  disagreement: "different kinds on the same words",
  single: "nobody else tagged these words",
};

export const ATTRIBUTE_LABELS: Record<AttributeKey, string> = {
  "position.stance": "stance",
  "commitment.strength": "strength",
  "cross-reference.relation": "relation",
  "cross-reference.target": "target",
};

/** The group's outcome in words, naming what differs: "Different stance", "Different relation and target". */
export function outcomeText(group: Pick<CompareGroup, "outcome" | "differs">): string {
  if (group.outcome !== "attribute" || group.differs.length === 0) return OUTCOME_LABELS[group.outcome];
  const names = group.differs.map((key) => ATTRIBUTE_LABELS[key]);
  const last = names.pop();
  return `Different ${names.length > 0 ? `${names.join(", ")} and ${last}` : last}`;
}
