import { z } from "zod";
import { Uuid } from "./common.ts";
import { Block, DroppedLine, ImportFormat, MAX_CONTENT_CHARS, Statement } from "./statements.ts";

/** What became of a block ID in a revision (core's BlockFate; DESIGN.md, canonical paragraph IDs). */
export const BlockFate = z.enum(["unchanged", "edited", "moved", "inserted", "deleted", "split", "merged"]);
/**
 * One ID's fate. In a split the old ID (kept by the first part) has `into`, every part's ID, its own first; each other
 * part has `from`, the old ID. In a merge the surviving ID has `from`, every merged ID, its own first; each retired
 * one has `into`, the surviving ID.
 */
export const BlockChange = z.object({
  id: z.string(),
  kind: z.enum(["paragraph", "heading"]),
  fate: BlockFate,
  from: z.array(z.string()).optional(),
  into: z.array(z.string()).optional(),
});
export type BlockChange = z.infer<typeof BlockChange>;

/**
 * How a revision's annotations were found again: `exact` at the same paragraph and offsets; `shifted` by their quote
 * elsewhere in their paragraph or in the paragraphs it was split into or merged with; `fuzzy`, placed by an
 * approximate match for a person to confirm; `orphaned`, their words gone.
 */
export const AnchoringCounts = z.object({
  total: z.number().int(),
  exact: z.number().int(),
  shifted: z.number().int(),
  fuzzy: z.number().int(),
  orphaned: z.number().int(),
});
export type AnchoringCounts = z.infer<typeof AnchoringCounts>;

/** How many IDs met each fate: the summary a banner or a list shows. */
export const ChangeCounts = z.object(
  Object.fromEntries(BlockFate.options.map((f) => [f, z.number().int()])) as Record<z.infer<typeof BlockFate>, z.ZodNumber>,
);
export type ChangeCounts = z.infer<typeof ChangeCounts>;

export const RevisionInfo = z.object({
  number: z.number().int(),
  createdAt: z.string(),
  author: z.object({ id: Uuid, name: z.string() }),
  note: z.string().nullable(),
  /** Against the previous revision; null for the first. */
  changeCounts: ChangeCounts.nullable(),
  /** How the annotations were found again when it landed; null for the first. */
  anchoring: AnchoringCounts.nullable(),
});
export type RevisionInfo = z.infer<typeof RevisionInfo>;

/**
 * A new text of a statement, read like an import. `baseRevision`, when sent, is the revision the uploader was
 * looking at: if another revision landed since, the answer is 409 revision_changed, so nobody replaces a text
 * they have not seen.
 */
export const CreateRevisionRequest = z.strictObject({
  format: ImportFormat,
  content: z.string().min(1).max(MAX_CONTENT_CHARS),
  note: z.string().trim().max(500).nullish(),
  baseRevision: z.number().int().min(1).optional(),
});
export type CreateRevisionRequest = z.infer<typeof CreateRevisionRequest>;
/** The form fields beside a revision's `file` (multipart): its note and the revision it was read against. */
export const CreateRevisionUpload = z.strictObject({
  note: z.string().trim().max(500).optional(),
  baseRevision: z.coerce.number().int().min(1).optional(),
});
export type CreateRevisionUpload = z.infer<typeof CreateRevisionUpload>;

export const RevisionResult = z.object({
  statement: Statement,
  revision: RevisionInfo,
  changes: z.array(BlockChange),
  anchoring: AnchoringCounts,
});
export type RevisionResult = z.infer<typeof RevisionResult>;

/** What a revision would do, nothing stored: its paragraphs with their IDs, every ID's fate and the anchoring. */
export const RevisionPreview = z.object({
  number: z.number().int(),
  paragraphs: z.array(Block),
  dropped: z.array(DroppedLine),
  changes: z.array(BlockChange),
  anchoring: AnchoringCounts,
});
export type RevisionPreview = z.infer<typeof RevisionPreview>;

export const RevisionList = z.object({ items: z.array(RevisionInfo) });

export const RevisionParams = z.strictObject({
  idOrSlug: z.string().describe("The statement's ID or slug"),
  n: z.coerce.number().int().min(1).describe("The revision's number"),
});
export const RevisionDiffQuery = z.strictObject({
  /** The older revision to compare with; the one before `n` by default. */
  against: z.coerce.number().int().min(1).optional(),
});

/** A run of words in a word-level diff: in both texts, only in the older (`removed`) or only in the newer (`added`). */
export const WordChange = z.object({ op: z.enum(["same", "added", "removed"]), text: z.string() });
export type WordChange = z.infer<typeof WordChange>;

/** One row of the side-by-side alignment: an ID with its text in either revision (null where it has none). */
export const DiffRow = z.object({
  id: z.string(),
  kind: z.enum(["paragraph", "heading"]),
  fate: BlockFate,
  from: z.array(z.string()).optional(),
  into: z.array(z.string()).optional(),
  before: z.object({ number: z.number().int().nullable(), text: z.string() }).nullable(),
  after: z.object({ number: z.number().int().nullable(), text: z.string() }).nullable(),
  /** The words of before → after, for an edited or moved block; absent where either side is missing or nothing changed. */
  words: z.array(WordChange).optional(),
});
export type DiffRow = z.infer<typeof DiffRow>;
export const RevisionDiff = z.object({ from: z.number().int(), to: z.number().int(), rows: z.array(DiffRow) });
export type RevisionDiff = z.infer<typeof RevisionDiff>;
