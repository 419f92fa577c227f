import { ANNOTATION_EVENT_TYPES, type ActivityType, CODEBOOK_EVENT_TYPES, COMMENT_EVENT_TYPES } from "@verbatim/contract";

const FAMILIES: Record<string, readonly string[]> = {
  annotation: ANNOTATION_EVENT_TYPES.filter((t) => t !== "annotation.reviewed"),
  review: ["annotation.reviewed"],
  comment: COMMENT_EVENT_TYPES,
  codebook: CODEBOOK_EVENT_TYPES,
};

/** The event types a `type` filter names, with families (annotation, review, comment) spelled out. */
export const activityEventTypes = (types: readonly ActivityType[]): string[] => [...new Set(types.flatMap((t) => FAMILIES[t] ?? [t]))];
