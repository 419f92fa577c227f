import { z } from "zod";
import { TextQuote } from "@verbatim/core";
import { Annotation, TargetInput } from "./annotations.ts";
import { Cursor, csvOf, Uuid } from "./common.ts";

/**
 * "Needs placing": the annotations a revision could not put back on their words with certainty. A fuzzy one sits
 * where a search over the new text placed it, waiting for a person to confirm; an orphan's words are gone and it
 * waits, in the revision it was last anchored in, to be placed on new words or dropped.
 */
export const WAITING_STATES = ["fuzzy", "orphaned"] as const;
export type WaitingState = (typeof WAITING_STATES)[number];

export const PlacementsQuery = z.strictObject({
  /** One statement, by its ID or slug; every statement of the workspace without it. */
  statement: z.string().min(1).max(200).optional(),
  state: csvOf(z.enum(WAITING_STATES)).default([...WAITING_STATES]),
  cursor: Cursor,
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type PlacementsQuery = z.infer<typeof PlacementsQuery>;

/** Where the words were: the quote as it stood, and the paragraph of the older revision that held it, when known. */
export const PlacementWas = z.object({
  revision: z.number().int(),
  quote: TextQuote,
  /** Null when the old paragraph cannot be told (a fuzzy annotation's words found in no paragraph of the revision before). */
  paragraphId: z.string().nullable(),
  number: z.number().int().nullable(),
  text: z.string().nullable(),
  /** The quote's offsets in `text` (UTF-16), to mark it; null with `text`. */
  start: z.number().int().nullable(),
  end: z.number().int().nullable(),
});

/** A paragraph of the current text: for a fuzzy annotation the one it was placed in (start and end mark the proposal). */
export const PlacementNow = z.object({
  paragraphId: z.string(),
  number: z.number().int().nullable(),
  text: z.string(),
  start: z.number().int().optional(),
  end: z.number().int().optional(),
});

export const PlacementItem = z.object({
  annotation: Annotation,
  statement: z.object({ id: Uuid, slug: z.string(), title: z.string(), revision: z.number().int() }),
  was: PlacementWas,
  /**
   * Fuzzy: the paragraph it was placed in. Orphaned: the current paragraph with the old one's ID, or else the nearest
   * paragraph before it (after it, at the top) that survived, as the place to look for new words; absent when none did.
   */
  now: PlacementNow.optional(),
  /** Whether the caller may confirm, place, drop or restore it (its author, reviewers and admins). */
  can: z.object({ place: z.boolean() }),
});
export type PlacementItem = z.infer<typeof PlacementItem>;

export const PlacementPage = z.object({
  /** Oldest first, like the review queue. */
  items: z.array(PlacementItem),
  nextCursor: z.string().nullable(),
  /** How many wait in each state, under the statement filter (whatever `state` asks for). */
  counts: z.object({ fuzzy: z.number().int(), orphaned: z.number().int() }),
});
export type PlacementPage = z.infer<typeof PlacementPage>;

const version = z.number().int().min(1);
export const PlacementRequest = z.discriminatedUnion("action", [
  /** A fuzzy annotation's proposed place is right: it is anchored there. */
  z.strictObject({ action: z.literal("confirm"), version }),
  /** On these words of the current text (the server computes the quote); `revision` as for PATCH. */
  z.strictObject({ action: z.literal("place"), version, target: TargetInput, revision: z.number().int().min(1).optional() }),
  /** Not worth keeping: deleted as DELETE /api/annotations/:id deletes (undo with `restore`). */
  z.strictObject({ action: z.literal("drop"), version }),
  /** Undo a drop: the annotation comes back waiting as it was. */
  z.strictObject({ action: z.literal("restore"), version }),
]);
export type PlacementRequest = z.infer<typeof PlacementRequest>;
export type PlacementAction = PlacementRequest["action"];
