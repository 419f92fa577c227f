import type { ActivityItem } from "@verbatim/contract";

const KIND_NOUNS: Record<string, string> = { position: "a position", commitment: "a commitment", "cross-reference": "a cross-reference" };
const REVIEW_VERBS: Record<string, string> = { accepted: "accepted", rejected: "rejected", disputed: "disputed" };

/** What the actor did, after their name: "tagged a position", "accepted a commitment", "commented on a cross-reference". */
export function activityVerb(item: Pick<ActivityItem, "type" | "annotation" | "review"> & Partial<Pick<ActivityItem, "codebook">>): string {
  if (item.codebook) return codebookVerb(item.type, item.codebook);
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

type CodebookChange = NonNullable<ActivityItem["codebook"]>;
const codeNoun = (code: CodebookChange["code"]): string => (code ? `the ${code.type} ‘${code.name}’` : "codes");
const annotationCount = (n: number): string => (n === 0 ? "" : ` on ${n} ${n === 1 ? "annotation" : "annotations"}`);

/** A codebook operation in words: "renamed the topic ‘cyber crime’ to ‘cybercrime’", "merged the label ‘ODA’ into ‘aid’ (12 annotations)". */
function codebookVerb(type: string, c: CodebookChange): string {
  const code = codeNoun(c.code);
  switch (type) {
    case "code.created":
      return `added ${code} to the codebook`;
    case "code.renamed":
      return `renamed the ${c.code?.type ?? "code"} ‘${c.previousName ?? ""}’ to ‘${c.code?.name ?? ""}’`;
    case "code.edited":
      return `edited ${code}`;
    case "code.deprecated":
      return `deprecated ${code}`;
    case "code.merged":
      return `merged ${code} into ‘${c.into?.name ?? ""}’${annotationCount(c.annotations)}`;
    case "code.split":
      return `moved annotations from ${code} to ‘${c.into?.name ?? ""}’${annotationCount(c.annotations)}`;
    case "code.deleted":
      return `deleted ${code}${annotationCount(c.annotations)}`;
    case "codes.applied":
      return `changed ${code}${annotationCount(c.annotations)} at once`;
    case "codebook.imported":
      return "imported a codebook";
    case "codebook.undone":
      return `undid a codebook change${c.code ? ` to ${code}` : ""}`;
    default:
      return "changed the codebook";
  }
}

/** "Ada tagged a position in ‘Statement on organized crime’"; a codebook change names no statement. */
export function activitySentence(
  item: Pick<ActivityItem, "type" | "annotation" | "review" | "actor" | "statement"> & Partial<Pick<ActivityItem, "codebook">>,
): string {
  const where = item.statement ? ` in ‘${item.statement.title}’` : "";
  return `${item.actor.name} ${activityVerb(item)}${where}`;
}

/** Where the item leads: the annotation's paragraph in the reader (`/s/slug#p7`), else the statement; the codebook for its changes. */
export function activityHref(item: Pick<ActivityItem, "statement" | "annotation" | "type">): string {
  if (!item.statement) return "/codebook";
  const reader = `/s/${encodeURIComponent(item.statement.slug)}`;
  // A deleted annotation is gone from the reader, but its paragraph is still worth showing.
  return item.annotation?.paragraphId ? `${reader}#${item.annotation.paragraphId}` : reader;
}
