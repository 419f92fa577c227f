import type { Annotation, AnnotationAbilities, CreateAnnotationRequest, UpdateAnnotationRequest } from "@verbatim/contract";
import { noteToPlainText, type RichNode, taggedAttributes, type TextQuote } from "@verbatim/core";
import { randomId } from "../lib/random-id.ts";

/** What an edit changes: the update request without the version it is based on. */
export type AnnotationChanges = Omit<UpdateAnnotationRequest, "version">;
type NoteValue = CreateAnnotationRequest["note"];

const OPTIMISTIC_PREFIX = "optimistic-";

/** An ID for an annotation shown before the server has answered; replaced by the server's own ID. */
export function newOptimisticId(): string {
  return `${OPTIMISTIC_PREFIX}${randomId()}`;
}

export const isOptimisticId = (id: string): boolean => id.startsWith(OPTIMISTIC_PREFIX);

/**
 * An unsaved annotation has no verdict from the server yet, and nothing can be done to it before it is saved:
 * its controls stay hidden until the server's copy, with the caller's abilities, takes its place.
 */
const NOTHING_YET: AnnotationAbilities = { edit: false, delete: false, review: false, comment: false };

export interface OptimisticContext {
  id: string;
  slug: string;
  statementId: string;
  revision: number;
  author: { id: string; name: string };
  now: string;
}

function noteFields(note: NoteValue): Pick<Annotation, "note" | "noteDoc"> {
  if (note === undefined || note === null) return { note: null, noteDoc: null };
  if (typeof note === "string") return { note: note.trim() === "" ? null : note, noteDoc: null };
  const text = noteToPlainText(note as RichNode);
  return { note: text === "" ? null : text, noteDoc: note };
}

/**
 * The annotation as the server will most likely return it. The quote, prefix and suffix included, is the one the
 * reader made from the selection (core's selectedSpan), which is how the server computes it too.
 */
export function optimisticAnnotation(request: CreateAnnotationRequest, quote: TextQuote, ctx: OptimisticContext): Annotation {
  const { paragraphId, start, end, endParagraphId } = request.target;
  return {
    id: ctx.id,
    statementId: ctx.statementId,
    statementSlug: ctx.slug,
    revision: ctx.revision,
    anchor: { state: "anchored", revision: ctx.revision },
    target: { paragraphId, start, end, ...(endParagraphId ? { endParagraphId } : {}) },
    quote,
    ...taggedAttributes(request.kind, request.attributes),
    labels: request.labels ?? [],
    // The codebook's entries for the names are the server's to find or make; its reply brings them.
    codes: [],
    ...noteFields(request.note),
    status: "proposed",
    review: null,
    version: 1,
    author: ctx.author,
    createdAt: ctx.now,
    updatedAt: ctx.now,
    can: NOTHING_YET,
    // A tag drawn in the reader; only accepting a suggestion makes one with a provenance (the server's reply).
    provenance: null,
  };
}

/** The annotation after an edit, as the server applies it: a new version, and back to proposed; its abilities stay. */
export function withChanges(annotation: Annotation, changes: AnnotationChanges, now: string): Annotation {
  return {
    ...annotation,
    ...taggedAttributes(changes.kind ?? annotation.kind, changes.attributes ?? annotation.attributes),
    ...(changes.labels ? { labels: changes.labels } : {}),
    ...(changes.note !== undefined ? noteFields(changes.note) : {}),
    status: "proposed",
    review: null,
    version: annotation.version + 1,
    updatedAt: now,
  };
}
