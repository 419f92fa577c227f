import { randomUUID } from "node:crypto";
import type { AnnotationProvenance, CreateAnnotationRequest } from "@verbatim/contract";
import type { TextBlock } from "@verbatim/core";
import type { Actor } from "../../auth/actor.ts";
import type { Db } from "../../db/database.ts";
import type { AnnotationWithReview } from "./annotation-review.ts";
import { anchorTarget } from "./anchor-target.ts";
import type { NewAnnotation } from "./create-annotation-sql.ts";
import type { TaggedStatement } from "./span-blocks-sql.ts";
import { noteFields } from "./note-fields.ts";
import { type KnownTargets, validateAttributes } from "./validate-attributes.ts";
import { codesNamedBy } from "../codebook/codes-named-by.ts";
import { codedAttributes } from "./coded-attributes.ts";

export interface AnnotationToPrepare {
  actor: Actor;
  statement: TaggedStatement;
  /** The current text's blocks the target spans (span-blocks-sql.ts), or more. */
  blocks: readonly TextBlock[];
  input: CreateAnnotationRequest;
  /** Where it came from: a suggestion's rule when accepted from one (features/suggestions/); drawn by hand otherwise. */
  provenance?: AnnotationProvenance | undefined;
  /** Cross-reference targets already read for many annotations at once (validateAttributes). */
  known?: KnownTargets | undefined;
}

/**
 * A new annotation checked and made ready to write (insertCreatedAnnotation): its target against the current text,
 * its attributes against its kind, its codes found or made. Every way of making an annotation goes through here,
 * one at a time (createAnnotation) or many in one transaction (accepting a kind of suggestions at once).
 */
export async function prepareAnnotation(db: Db, p: AnnotationToPrepare): Promise<NewAnnotation> {
  const { actor, input, statement } = p;
  const { target, quote } = anchorTarget(p.blocks, input.target);
  const attributes = await validateAttributes(db, actor.workspaceId, input.kind, input.attributes, p.known);
  const note = noteFields(input.note) ?? { noteText: null, noteRich: null };
  const now = new Date().toISOString();
  const codes = await codesNamedBy(db, actor, { kind: input.kind, attributes, labels: input.labels ?? [] });
  // The annotation as presentAnnotation would read it back: nothing in it is left for the database to decide.
  const view: AnnotationWithReview = {
    id: randomUUID(),
    statementId: statement.id,
    statementSlug: statement.slug,
    revision: statement.currentRevision,
    anchor: { state: "anchored", revision: statement.currentRevision },
    ...codedAttributes(input.kind, attributes, codes),
    target,
    quote,
    note: note.noteText,
    noteDoc: note.noteRich,
    status: "proposed",
    review: null,
    version: 1,
    author: { id: actor.userId, name: actor.name },
    createdAt: now,
    updatedAt: now,
    provenance: p.provenance ?? null,
  };
  return { workspaceId: actor.workspaceId, view, noteRich: note.noteRich };
}
