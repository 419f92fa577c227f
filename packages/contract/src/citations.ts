import { z } from "zod";
import { CROSS_REFERENCE_RELATIONS } from "@verbatim/core";
import { ReviewStatus } from "./annotations.ts";
import { csvOf, Uuid } from "./common.ts";
import { Instrument } from "./instruments.ts";
import { SuggestionRule } from "./suggestions.ts";

/**
 * A cross-reference in some statement that cites something (an instrument, a UN symbol, a paragraph): who said it
 * where, with its relation and review status, its words, and the citing paragraph's readable citation (core's
 * paragraphCitation) beside its canonical `slug#pN`.
 */
export const CitingReference = z.object({
  annotationId: Uuid,
  relation: z.enum(CROSS_REFERENCE_RELATIONS),
  status: ReviewStatus,
  quote: z.string(),
  statement: z.object({
    id: Uuid,
    slug: z.string(),
    title: z.string(),
    delegation: z.string().nullable(),
    onBehalfOf: z.string().nullable(),
    forum: z.string().nullable(),
    date: z.string().nullable(),
  }),
  /** The citing paragraph in its statement's current revision (null number: an unnumbered block). */
  paragraph: z.object({ id: z.string(), number: z.number().int().nullable() }),
  /** "China, Security Council, S/PV.9500, 7 December 2023, ¶4". */
  citation: z.string(),
  author: z.object({ id: Uuid, name: z.string() }),
});
export type CitingReference = z.infer<typeof CitingReference>;

/**
 * Everything the workspace's annotations cite as `key`: a registry instrument (`instrument`), or a UN document
 * symbol that is no registry key (`instrument` null), by statement date, oldest first.
 */
export const InstrumentReferences = z.object({
  key: z.string(),
  instrument: Instrument.nullable(),
  items: z.array(CitingReference),
});
export type InstrumentReferences = z.infer<typeof InstrumentReferences>;

/**
 * Words that cite the instrument but that no annotation tags yet: the detector's cross-reference suggestion for it
 * in some statement's current text, not dismissed by the caller and not covered by an annotation with this target.
 */
export const InstrumentMention = z.object({
  suggestionId: z.string(),
  quote: z.string(),
  /** 0–1: "the Convention" after the instrument was named nearby is below 0.5. */
  confidence: z.number().min(0).max(1),
  rule: SuggestionRule,
  why: z.string(),
  statement: CitingReference.shape.statement,
  paragraph: CitingReference.shape.paragraph,
  /** Where in the paragraph (UTF-16 offsets), to open the reader on the words. */
  start: z.number().int(),
  end: z.number().int(),
  citation: z.string(),
});
export type InstrumentMention = z.infer<typeof InstrumentMention>;

/**
 * The unreviewed mentions of an instrument or UN symbol across the workspace's statements, by statement date, oldest
 * first. Only statements the detector has read are searched: `coverage` says how many of the live statements that
 * is (POST /api/suggestions/find reads the rest as a job); those in other languages than English are never read.
 */
export const InstrumentMentions = z.object({
  key: z.string(),
  items: z.array(InstrumentMention),
  coverage: z.object({
    statements: z.number().int().min(0),
    read: z.number().int().min(0),
    otherLanguages: z.number().int().min(0),
  }),
});
export type InstrumentMentions = z.infer<typeof InstrumentMentions>;

/** For each paragraph of a statement that other statements' cross-references cite (`slug#pN`), who cites it. */
export const CitedBy = z.object({
  items: z.array(z.object({ paragraphId: z.string(), references: z.array(CitingReference) })),
});
export type CitedBy = z.infer<typeof CitedBy>;

/** Up to 200 canonical paragraph references (`slug#p4`), comma-separated. */
export const ParagraphRefsQuery = z.strictObject({ refs: csvOf(z.string().max(300)).pipe(z.array(z.string()).max(200)) });

/**
 * Each reference as a reader reads it, in the order asked: the readable citation of a paragraph of a live statement
 * of the workspace (its number in the current revision; `inCurrent` false when that revision no longer has it), or
 * null where the reference names no such statement.
 */
export const ParagraphCitations = z.object({
  items: z.array(
    z.object({
      ref: z.string(),
      citation: z.string().nullable(),
      title: z.string().nullable(),
      inCurrent: z.boolean(),
    }),
  ),
});
export type ParagraphCitations = z.infer<typeof ParagraphCitations>;
