import type { AnnotationKind, CodeRef } from "@verbatim/core";
import type { Actor } from "../../auth/actor.ts";
import type { DbOrTx } from "../../db/in-transaction.ts";
import { statusOfCodeMadeWhileTagging } from "./codebook-policy.ts";
import { type NamedCode, resolveCodes } from "./resolve-codes-sql.ts";

/** The topic and label names an annotation is given: a position's `attributes.topics` and its `labels`. */
export function namedCodes(a: {
  kind: AnnotationKind;
  attributes: Readonly<Record<string, unknown>>;
  labels: readonly string[];
}): NamedCode[] {
  const topics = a.kind === "position" && Array.isArray(a.attributes["topics"]) ? (a.attributes["topics"] as string[]) : [];
  return [...topics.map((name) => ({ type: "topic" as const, name })), ...a.labels.map((name) => ({ type: "label" as const, name }))];
}

/** The codes an annotation's names stand for, made (as the actor's role says) where the codebook has none yet. */
export function codesNamedBy(
  db: DbOrTx,
  actor: Actor,
  a: { kind: AnnotationKind; attributes: Readonly<Record<string, unknown>>; labels: readonly string[] },
): Promise<CodeRef[]> {
  return resolveCodes(db, {
    workspaceId: actor.workspaceId,
    actorId: actor.userId,
    status: statusOfCodeMadeWhileTagging(actor),
    names: namedCodes(a),
  });
}
