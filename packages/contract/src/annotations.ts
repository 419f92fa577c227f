import { z } from "zod";
import {
  AnnotationAnchor,
  ANNOTATION_KINDS,
  CODE_TYPES,
  annotationFields,
  annotationSchema,
  CommitmentAttributes,
  CrossReferenceAttributes,
  PositionAttributes,
  REVIEW_STATUSES,
  SUGGESTION_RULES,
} from "@verbatim/core";
import { BlockId, Cursor, csvOf, Page, Uuid } from "./common.ts";
import { NoteInput } from "./note.ts";

/** The attributes of each kind are the core's (one description, packages/core/src/model/annotation.ts). */
export { ATTRIBUTES_BY_KIND, CommitmentAttributes, CrossReferenceAttributes, PositionAttributes } from "@verbatim/core";

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

/**
 * The revision whose text the client placed the target in (the statement's `shownRevision`): when another one is
 * current by the time the write lands, 409 revision_changed rather than offsets read against the wrong text.
 */
const BaseRevision = z.number().int().min(1).optional();
const createFields = { target: TargetInput, labels: Labels.optional(), note: NoteInput.optional(), revision: BaseRevision };
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
  /** With a target: the revision whose text it was placed in (see createFields). */
  revision: BaseRevision,
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

/** Where an annotation came from: null for one an analyst drew; a suggestion's rule for one accepted from it. */
export const AnnotationProvenance = z.object({ source: z.literal("suggestion"), rule: z.enum(SUGGESTION_RULES) }).nullable();
export type AnnotationProvenance = z.infer<typeof AnnotationProvenance>;

/**
 * The annotation object: the core's annotation (its kind discriminating its attributes, so a client narrows
 * `attributes` by `kind`) with the API's IDs and the review in force.
 */
export const annotationApiFields = {
  ...annotationFields,
  id: Uuid,
  statementId: Uuid,
  anchor: AnnotationAnchor,
  author: z.object({ id: Uuid, name: z.string() }),
  /** The codebook entries behind `labels` and `attributes.topics`, in the order given: a rename changes their names here. */
  codes: z.array(z.object({ id: Uuid, name: z.string(), type: z.enum(CODE_TYPES) })),
  provenance: AnnotationProvenance,
};
/** What the caller may do with an annotation, as the API's policies decide (the web app never decides itself). */
export const AnnotationAbilities = z.object({ edit: z.boolean(), delete: z.boolean(), review: z.boolean(), comment: z.boolean() });
export type AnnotationAbilities = z.infer<typeof AnnotationAbilities>;

export const Annotation = annotationSchema({ ...annotationApiFields, review: AnnotationReviewInfo.nullable(), can: AnnotationAbilities });
export type Annotation = z.infer<typeof Annotation>;
export const AnnotationResponse = z.object({ annotation: Annotation });

export const ListAnnotationsQuery = z.strictObject({
  kind: csvOf(AnnotationKind).optional(),
  status: csvOf(ReviewStatus).optional(),
  author: Uuid.optional(),
  label: Label.optional(),
  /** An older revision: the annotations as they stood on its text (those made later, or orphaned by then, left out). */
  revision: z.coerce.number().int().min(1).optional(),
  /** The reader loads a statement's annotations whole: up to 5,000 a page. */
  limit: z.coerce.number().int().min(1).max(5000).default(500),
  cursor: Cursor,
});
export const AnnotationPage = Page(Annotation);
