import { z } from "zod";
import { CodeRef } from "./code.ts";
import type { ANNOTATION_KINDS } from "./taxonomy.ts";
import { COMMITMENT_STRENGTHS, CROSS_REFERENCE_RELATIONS, REVIEW_STATUSES, STANCES } from "./taxonomy.ts";

/**
 * The annotation, its target and its attributes, described once: the contract builds its requests and responses
 * from these schemas and every package takes its types from them. Zod is pure, so the core may hold them.
 */

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
export type PositionAttributes = z.infer<typeof PositionAttributes>;
export type CommitmentAttributes = z.infer<typeof CommitmentAttributes>;
export type CrossReferenceAttributes = z.infer<typeof CrossReferenceAttributes>;

export const ATTRIBUTES_BY_KIND = {
  position: PositionAttributes,
  commitment: CommitmentAttributes,
  "cross-reference": CrossReferenceAttributes,
} as const;

/** A kind with the attributes of that kind: `kind` narrows `attributes`. */
export type TaggedAttributes =
  | { kind: "position"; attributes: PositionAttributes }
  | { kind: "commitment"; attributes: CommitmentAttributes }
  | { kind: "cross-reference"; attributes: CrossReferenceAttributes };
export type AnnotationAttributes = TaggedAttributes["attributes"];

/** Where an annotation sits: offsets are UTF-16 code units in the paragraphs' normalised text. */
export const TextTarget = z.object({
  paragraphId: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  /** Set only when the span ends in another paragraph than it starts in. */
  endParagraphId: z.string().optional(),
});
export type TextTarget = z.infer<typeof TextTarget>;

/** W3C TextQuoteSelector fields; prefix and suffix hold up to 32 characters. */
export const TextQuote = z.object({ exact: z.string(), prefix: z.string(), suffix: z.string() });
export type TextQuote = z.infer<typeof TextQuote>;

const Person = z.object({ id: z.string(), name: z.string() });

export const ANCHOR_STATES = ["anchored", "fuzzy", "orphaned"] as const;
export type AnchorState = (typeof ANCHOR_STATES)[number];

/**
 * Where an annotation stands after its statement was revised (DESIGN.md, re-anchoring): `anchored` on its words in
 * `revision`; `fuzzy`, placed by an approximate match for a person to confirm (`previousQuote` is what it quoted
 * before); `orphaned`, its words gone, keeping the target and quote it had in `revision`.
 */
export const AnnotationAnchor = z.object({
  state: z.enum(ANCHOR_STATES),
  revision: z.number().int(),
  previousQuote: TextQuote.optional(),
});
export type AnnotationAnchor = z.infer<typeof AnnotationAnchor>;

/** What every annotation has besides its kind and attributes. */
export const annotationFields = {
  id: z.string(),
  statementId: z.string(),
  statementSlug: z.string(),
  /** The revision the annotation was made on; `anchor.revision` is the one its target is in now. */
  revision: z.number().int(),
  anchor: AnnotationAnchor,
  target: TextTarget,
  quote: TextQuote,
  labels: z.array(z.string()),
  /**
   * The codebook entries behind `labels` and a position's `attributes.topics`, by ID; the API always sends them
   * (records and test data from before the codebook have none).
   */
  codes: z.array(CodeRef).optional(),
  /** The note as plain text; the rich Tiptap document, when there is one, is in noteDoc. */
  note: z.string().nullable(),
  noteDoc: z.unknown(),
  status: z.enum(REVIEW_STATUSES),
  version: z.number().int(),
  author: Person,
  createdAt: z.string(),
  updatedAt: z.string(),
};

/**
 * An annotation schema: `fields` with a kind and that kind's attributes, as a union discriminated by kind.
 * The core's view is annotationSchema(annotationFields); the contract's object adds what the API sends with it.
 */
export function annotationSchema<F extends z.ZodRawShape>(fields: F) {
  return z.discriminatedUnion("kind", [
    z.object({ ...fields, kind: z.literal("position"), attributes: PositionAttributes }),
    z.object({ ...fields, kind: z.literal("commitment"), attributes: CommitmentAttributes }),
    z.object({ ...fields, kind: z.literal("cross-reference"), attributes: CrossReferenceAttributes }),
  ]);
}

export const AnnotationView = annotationSchema(annotationFields);
/** The annotation as the domain knows it (the API's object adds its review and the caller's abilities). */
export type AnnotationView = z.infer<typeof AnnotationView>;

/**
 * A kind with its attributes, from a source that already checked them against the kind: storage (checked when
 * written; not parsed again, as the reader loads thousands at once) or a parsed request. TypeScript cannot see
 * that a kind and attributes held apart belong together; this is the one place that says so.
 */
export function taggedAttributes(kind: (typeof ANNOTATION_KINDS)[number], attributes: unknown): TaggedAttributes {
  return { kind, attributes } as TaggedAttributes;
}

/** The attributes by key name, for code that lists them all, known or not (the exports keep every one). */
export const attributeRecord = (attributes: AnnotationAttributes): Readonly<Record<string, unknown>> => attributes;

/** An annotation's fields but its kind and attributes (what test data and edits give apart from the tag). */
export type Untagged<A extends TaggedAttributes> = Omit<A, "kind" | "attributes">;

/** Test data: an annotation whose attributes are given loosely, as storage may hold them. */
export type LooseAnnotation<A extends TaggedAttributes = AnnotationView> = Untagged<A> & {
  kind?: A["kind"];
  attributes?: Readonly<Record<string, unknown>>;
};
