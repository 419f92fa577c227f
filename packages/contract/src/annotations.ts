import { z } from "zod";
import { ANNOTATION_KINDS, COMMITMENT_STRENGTHS, CROSS_REFERENCE_RELATIONS, REVIEW_STATUSES, STANCES } from "@verbatim/core";
import { BlockId, Cursor, csvOf, Page, Uuid } from "./common.ts";
import { NoteInput } from "./note.ts";

const shortText = z.string().trim().min(1).max(200);
export const PositionAttributes = z.strictObject({
  stance: z.enum(STANCES),
  topics: z.array(shortText).max(20).optional(),
  actor: shortText.optional(),
});
export const CommitmentAttributes = z.strictObject({
  strength: z.enum(COMMITMENT_STRENGTHS),
  actor: shortText.optional(),
  action: z.string().trim().min(1).max(500).optional(),
  deadline: shortText.optional(),
});
export const CrossReferenceAttributes = z.strictObject({
  target: z.string().trim().min(1).max(2000),
  relation: z.enum(CROSS_REFERENCE_RELATIONS),
});
export const ATTRIBUTES_BY_KIND = {
  position: PositionAttributes,
  commitment: CommitmentAttributes,
  "cross-reference": CrossReferenceAttributes,
} as const;

export const AnnotationKind = z.enum(ANNOTATION_KINDS);
export const ReviewStatus = z.enum(REVIEW_STATUSES);
export const Label = z.string().trim().min(1).max(60);
export const Labels = z
  .array(Label)
  .max(30)
  .transform((ls) => [...new Set(ls)]);

export const TargetInput = z.strictObject({
  paragraphId: BlockId,
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  endParagraphId: BlockId.optional(),
  exact: z.string().max(100_000).optional(),
});

const createFields = { target: TargetInput, labels: Labels.optional(), note: NoteInput.optional() };
export const CreateAnnotationRequest = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("position"), attributes: PositionAttributes, ...createFields }),
  z.strictObject({ kind: z.literal("commitment"), attributes: CommitmentAttributes, ...createFields }),
  z.strictObject({ kind: z.literal("cross-reference"), attributes: CrossReferenceAttributes, ...createFields }),
]);
export type CreateAnnotationRequest = z.infer<typeof CreateAnnotationRequest>;

/** Attributes are checked against the kind the annotation has after the change (see ATTRIBUTES_BY_KIND). */
export const UpdateAnnotationRequest = z.strictObject({
  version: z.number().int().min(1),
  kind: AnnotationKind.optional(),
  target: TargetInput.optional(),
  attributes: z.record(z.string(), z.unknown()).optional(),
  labels: Labels.optional(),
  note: NoteInput.optional(),
});
export type UpdateAnnotationRequest = z.infer<typeof UpdateAnnotationRequest>;

export const DeleteAnnotationQuery = z.strictObject({ version: z.coerce.number().int().min(1).optional() });

export const ReviewRequest = z.strictObject({
  status: z.enum(["accepted", "rejected", "disputed"]),
  comment: z.string().trim().max(2000).optional(),
  version: z.number().int().min(1),
});

/**
 * The review in force: the latest review, as long as the annotation still has the status it gave. An edit sends
 * a reviewed annotation back to proposed, so `review` is null for every proposed annotation (never reviewed, or
 * edited since its last review); an annotation deleted and restored keeps its review.
 */
export const AnnotationReviewInfo = z.object({
  status: z.enum(["accepted", "rejected", "disputed"]),
  reviewer: z.object({ id: Uuid, name: z.string() }),
  at: z.string(),
  comment: z.string().nullable(),
});
export type AnnotationReviewInfo = z.infer<typeof AnnotationReviewInfo>;

export const Annotation = z.object({
  id: Uuid,
  statementId: Uuid,
  statementSlug: z.string(),
  revision: z.number().int(),
  kind: AnnotationKind,
  target: z.object({ paragraphId: z.string(), start: z.number().int(), end: z.number().int(), endParagraphId: z.string().optional() }),
  quote: z.object({ exact: z.string(), prefix: z.string(), suffix: z.string() }),
  attributes: z.record(z.string(), z.unknown()),
  labels: z.array(z.string()),
  note: z.string().nullable(),
  noteDoc: z.unknown(),
  status: ReviewStatus,
  review: AnnotationReviewInfo.nullable(),
  version: z.number().int(),
  author: z.object({ id: Uuid, name: z.string() }),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Annotation = z.infer<typeof Annotation>;
export const AnnotationResponse = z.object({ annotation: Annotation });

export const ListAnnotationsQuery = z.strictObject({
  kind: csvOf(AnnotationKind).optional(),
  status: csvOf(ReviewStatus).optional(),
  author: Uuid.optional(),
  label: Label.optional(),
  /** The reader loads a statement's annotations whole: up to 5,000 a page. */
  limit: z.coerce.number().int().min(1).max(5000).default(500),
  cursor: Cursor,
});
export const AnnotationPage = Page(Annotation);
