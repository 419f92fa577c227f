import { type Annotation, CreateAnnotationRequest } from "@verbatim/contract";
import { type AnnotationKind, classifyCrossReferenceTarget } from "@verbatim/core";
import { addChips } from "./chip-list.ts";
import type { AnnotationFieldValues } from "./field-values.ts";
import type { AnnotationChanges } from "./optimistic-annotation.ts";
import type { TargetDraft } from "./target-draft.ts";

export type FieldName = "stance" | "topics" | "strength" | "actor" | "action" | "relation" | "target" | "labels" | "note" | "form";
export type FormErrors = Partial<Record<FieldName, string>>;
export type Built<T> = { ok: true; value: T } | { ok: false; errors: FormErrors };

export const FIELD_MESSAGES: Record<FieldName, string> = {
  stance: "Choose a stance.",
  topics: "Topics are at most 200 characters each, and at most 20.",
  strength: "Choose how strong the commitment is.",
  actor: "The actor is at most 200 characters.",
  action: "The action is at most 500 characters.",
  relation: "Choose a relation.",
  target: "Not a known instrument, UN document symbol (A/RES/74/247), paragraph (slug#p7) or web address (https://…).",
  labels: "Labels are at most 60 characters each, and at most 30.",
  note: "The note is too long, or has formatting that cannot be saved.",
  form: "This selection cannot be tagged. Select the passage again.",
};
const EMPTY_TARGET = "Choose what this refers to: an instrument, a paragraph, a UN document symbol or a web address.";
const ATTRIBUTE_FIELDS = new Set<FieldName>(["stance", "topics", "strength", "actor", "action", "relation", "target"]);

export interface BuildContext {
  /** The workspace's instrument keys; without them a target is left to the server to check. */
  instrumentKeys?: ReadonlySet<string> | undefined;
  labelVocabulary?: readonly string[];
}

/** The kind's attributes from the fields; `base` keeps attributes this form does not edit (e.g. a deadline). */
export function attributesFor(
  kind: AnnotationKind,
  values: AnnotationFieldValues,
  base: Record<string, unknown> = {},
): Record<string, unknown> {
  const attributes = { ...base };
  const set = (key: string, value: string | string[]) => {
    if (value.length === 0) delete attributes[key];
    else attributes[key] = value;
  };
  if (kind === "position") {
    set("stance", values.stance);
    set("topics", addChips(values.topics, values.topicDraft));
  } else if (kind === "commitment") {
    set("strength", values.strength);
    set("actor", values.actor.trim());
    set("action", values.action.trim());
  } else {
    set("target", values.target.trim());
    set("relation", values.relation);
  }
  return attributes;
}

function fieldOf(path: readonly PropertyKey[]): FieldName {
  const [head, attribute] = path;
  if (head === "attributes" && ATTRIBUTE_FIELDS.has(attribute as FieldName)) return attribute as FieldName;
  if (head === "labels" || head === "note") return head;
  return "form";
}

function validate(
  request: unknown,
  kind: AnnotationKind,
  values: AnnotationFieldValues,
  ctx: BuildContext,
): Built<CreateAnnotationRequest> {
  const parsed = CreateAnnotationRequest.safeParse(request);
  const errors: FormErrors = {};
  for (const issue of parsed.success ? [] : parsed.error.issues) errors[fieldOf(issue.path)] ??= FIELD_MESSAGES[fieldOf(issue.path)];
  if (kind === "cross-reference") {
    const target = values.target.trim();
    if (!target) errors.target = EMPTY_TARGET;
    else if (ctx.instrumentKeys && !classifyCrossReferenceTarget(target, ctx.instrumentKeys)) errors.target = FIELD_MESSAGES.target;
  }
  if (!parsed.success || Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, value: parsed.data };
}

/**
 * The create request for a new tag, checked against the contract; the note is left out when empty. Of the
 * draft's quote only the exact text is sent: the server checks it and computes the prefix and suffix itself.
 */
export function buildCreatePayload(
  kind: AnnotationKind,
  draft: TargetDraft,
  values: AnnotationFieldValues,
  ctx: BuildContext = {},
): Built<CreateAnnotationRequest> {
  const labels = addChips(values.labels, values.labelDraft, ctx.labelVocabulary);
  const { paragraphId, start, end, endParagraphId } = draft.target;
  const { exact } = draft.quote;
  const request = {
    kind,
    target: { paragraphId, start, end, ...(endParagraphId && endParagraphId !== paragraphId ? { endParagraphId } : {}), exact },
    attributes: attributesFor(kind, values),
    ...(labels.length > 0 ? { labels } : {}),
    ...(values.note ? { note: values.note } : {}),
  };
  return validate(request, kind, values, ctx);
}

/** The changes of an edit, checked the same way; an emptied note is sent as null so it is cleared. */
export function buildUpdatePayload(
  annotation: Annotation,
  values: AnnotationFieldValues,
  ctx: BuildContext = {},
): Built<AnnotationChanges> {
  const kind = annotation.kind;
  const labels = addChips(values.labels, values.labelDraft, ctx.labelVocabulary);
  const attributes = attributesFor(kind, values, annotation.attributes);
  const { paragraphId, start, end, endParagraphId } = annotation.target;
  const checked = validate(
    { kind, target: { paragraphId, start, end, ...(endParagraphId ? { endParagraphId } : {}) }, attributes, labels, note: values.note },
    kind,
    values,
    ctx,
  );
  if (!checked.ok) return checked;
  return {
    ok: true,
    value: { attributes: checked.value.attributes, labels: checked.value.labels ?? [], note: checked.value.note ?? null },
  };
}
