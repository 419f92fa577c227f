import type { Annotation, CreateAnnotationRequest, UpdateAnnotationRequest } from "@verbatim/contract";
import { noteToPlainText, type RichNode } from "@verbatim/core";
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

/** The annotation as the server will most likely return it; the quote is the selected text until it answers. */
export function optimisticAnnotation(request: CreateAnnotationRequest, ctx: OptimisticContext): Annotation {
  const { paragraphId, start, end, endParagraphId, exact } = request.target;
  return {
    id: ctx.id,
    statementId: ctx.statementId,
    statementSlug: ctx.slug,
    revision: ctx.revision,
    kind: request.kind,
    target: { paragraphId, start, end, ...(endParagraphId ? { endParagraphId } : {}) },
    quote: { exact: exact ?? "", prefix: "", suffix: "" },
    attributes: request.attributes,
    labels: request.labels ?? [],
    ...noteFields(request.note),
    status: "proposed",
    review: null,
    version: 1,
    author: ctx.author,
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
}

/** The annotation after an edit, as the server applies it: a new version, and back to proposed. */
export function withChanges(annotation: Annotation, changes: AnnotationChanges, now: string): Annotation {
  return {
    ...annotation,
    ...(changes.kind ? { kind: changes.kind } : {}),
    ...(changes.attributes ? { attributes: changes.attributes } : {}),
    ...(changes.labels ? { labels: changes.labels } : {}),
    ...(changes.note !== undefined ? noteFields(changes.note) : {}),
    status: "proposed",
    review: null,
    version: annotation.version + 1,
    updatedAt: now,
  };
}
