import type { ActivityItem } from "@verbatim/contract";

const KIND_NOUNS: Record<string, string> = { position: "a position", commitment: "a commitment", "cross-reference": "a cross-reference" };
const REVIEW_VERBS: Record<string, string> = { accepted: "accepted", rejected: "rejected", disputed: "disputed" };

/** What the actor did, after their name: "tagged a position", "accepted a commitment", "commented on a cross-reference". */
export function activityVerb(item: Pick<ActivityItem, "type" | "annotation" | "review">): string {
  const noun = (item.annotation && KIND_NOUNS[item.annotation.kind]) ?? "an annotation";
  switch (item.type) {
    case "annotation.created":
      return `tagged ${noun}`;
    case "annotation.updated":
      return `edited ${noun}`;
    case "annotation.deleted":
      return `deleted ${noun}`;
    case "annotation.restored":
      return `restored ${noun}`;
    case "annotation.reanchored":
      return `placed ${noun}`;
    case "annotation.reviewed":
      return `${(item.review && REVIEW_VERBS[item.review.status]) ?? "reviewed"} ${noun}`;
    case "comment.created":
      return `commented on ${noun}`;
    case "comment.updated":
      return `edited a comment on ${noun}`;
    case "comment.deleted":
      return `deleted a comment on ${noun}`;
    case "comment.restored":
      return `restored a comment on ${noun}`;
    default:
      return "made a change";
  }
}

/** "Ada tagged a position in ‘Statement on organized crime’". */
export function activitySentence(item: Pick<ActivityItem, "type" | "annotation" | "review" | "actor" | "statement">): string {
  return `${item.actor.name} ${activityVerb(item)} in ‘${item.statement.title}’`;
}

/** Where the item leads: the annotation's paragraph in the reader (`/s/slug#p7`), else the statement. */
export function activityHref(item: Pick<ActivityItem, "statement" | "annotation" | "type">): string {
  const reader = `/s/${encodeURIComponent(item.statement.slug)}`;
  // A deleted annotation is gone from the reader, but its paragraph is still worth showing.
  return item.annotation?.paragraphId ? `${reader}#${item.annotation.paragraphId}` : reader;
}
