import { type Annotation, TiptapDoc } from "@verbatim/contract";
import { type AnnotationAttributes, type AnnotationKind, attributeRecord } from "@verbatim/core";
import type { JSONContent } from "@tiptap/core";

/** What the tagging form holds, as typed: chips not yet committed stay in the drafts until saving. */
export interface AnnotationFieldValues {
  stance: string;
  topics: string[];
  topicDraft: string;
  strength: string;
  actor: string;
  action: string;
  relation: string;
  target: string;
  labels: string[];
  labelDraft: string;
  /** The note editor's document, or null while it is empty. */
  note: JSONContent | null;
}

const text = (value: unknown): string => (typeof value === "string" ? value : "");
const texts = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : []);

/** A plain-text note as a document: one paragraph a line. */
export function textToDoc(note: string): JSONContent {
  return {
    type: "doc",
    content: note
      .split("\n")
      .map((line) => (line ? { type: "paragraph", content: [{ type: "text", text: line }] } : { type: "paragraph" })),
  };
}

/** The note to edit: the stored document when it is one this editor can hold, else the plain text. */
export function noteDocOf(annotation: Annotation | undefined): JSONContent | null {
  if (!annotation) return null;
  const doc = TiptapDoc.safeParse(annotation.noteDoc);
  if (doc.success) return doc.data as JSONContent;
  return annotation.note ? textToDoc(annotation.note) : null;
}

/** Empty fields for a new tag (cross-references start as "cites", by far the commonest), or an annotation's own. */
export function initialFieldValues(
  kind: AnnotationKind,
  annotation?: Annotation,
  /** Attributes to start from instead (a suggestion being accepted with edits). */
  prefill?: AnnotationAttributes,
): AnnotationFieldValues {
  // The form holds every kind's fields, so it reads the attributes by name whatever the kind.
  const given = prefill ?? annotation?.attributes;
  const a = given ? attributeRecord(given) : {};
  return {
    stance: text(a.stance),
    topics: texts(a.topics),
    topicDraft: "",
    strength: text(a.strength),
    actor: text(a.actor),
    action: text(a.action),
    relation: text(a.relation) || (given || kind !== "cross-reference" ? "" : "cites"),
    target: text(a.target),
    labels: annotation?.labels ?? [],
    labelDraft: "",
    note: noteDocOf(annotation),
  };
}
