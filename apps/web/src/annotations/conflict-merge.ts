import type { Annotation } from "@verbatim/contract";
import { noteToPlainText, type RichNode, type TaggedAttributes, taggedAttributes } from "@verbatim/core";
import type { AnnotationChanges } from "./optimistic-annotation.ts";

/** The parts of an annotation an edit changes, each merged as a whole: the tag is the kind with its attributes. */
export type MergeField = "tag" | "labels" | "note";
export const MERGE_FIELDS: readonly MergeField[] = ["tag", "labels", "note"];

export interface FieldValues {
  tag: TaggedAttributes;
  labels: string[];
  note: { text: string | null; doc: unknown };
}

/** Who changed a field since the edit began: nobody, one side, or both in different ways (a true conflict). */
export type FieldState = "unchanged" | "same" | "mine" | "theirs" | "both";
export type Choice = "mine" | "theirs" | "both";

export interface FieldConflict<F extends MergeField = MergeField> {
  field: F;
  state: FieldState;
  base: FieldValues[F];
  mine: FieldValues[F];
  theirs: FieldValues[F];
}

const valuesOf = (a: Annotation): FieldValues => ({
  tag: taggedAttributes(a.kind, a.attributes),
  labels: a.labels,
  note: { text: a.note, doc: a.noteDoc ?? null },
});

function mineOf(base: Annotation, changes: AnnotationChanges): FieldValues {
  const values = valuesOf(base);
  if (changes.kind !== undefined || changes.attributes !== undefined) {
    values.tag = taggedAttributes(changes.kind ?? base.kind, changes.attributes ?? base.attributes);
  }
  if (changes.labels !== undefined) values.labels = changes.labels;
  if (changes.note !== undefined) values.note = noteValue(changes.note);
  return values;
}

function noteValue(note: AnnotationChanges["note"]): FieldValues["note"] {
  if (note === null || note === undefined) return { text: null, doc: null };
  if (typeof note === "string") return { text: note.trim() === "" ? null : note, doc: null };
  const text = noteToPlainText(note as RichNode);
  return { text: text === "" ? null : text, doc: note };
}

/** Notes compare by their document when both have one, else by their text (a typed note has no document). */
function sameValue(field: MergeField, a: unknown, b: unknown): boolean {
  if (field === "labels") return canonical([...(a as string[])].sort()) === canonical([...(b as string[])].sort());
  if (field === "note") {
    const x = a as FieldValues["note"];
    const y = b as FieldValues["note"];
    if (x.doc !== null && y.doc !== null) return canonical(x.doc) === canonical(y.doc);
    return (x.text ?? "") === (y.text ?? "");
  }
  return canonical(a) === canonical(b);
}

/** JSON with object keys sorted, so that equal values compare equal whatever order their keys came in. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

/**
 * A three-way comparison of an edit that lost a race: `base` is the annotation when the edit began, `changes`
 * the edit, `theirs` what the server now has.
 */
export function compareVersions(base: Annotation, changes: AnnotationChanges, theirs: Annotation): FieldConflict[] {
  const b = valuesOf(base);
  const m = mineOf(base, changes);
  const t = valuesOf(theirs);
  return MERGE_FIELDS.map((field) => {
    const mineChanged = !sameValue(field, b[field], m[field]);
    const theirsChanged = !sameValue(field, b[field], t[field]);
    const state: FieldState = !mineChanged
      ? theirsChanged
        ? "theirs"
        : "unchanged"
      : !theirsChanged
        ? "mine"
        : sameValue(field, m[field], t[field])
          ? "same"
          : "both";
    return { field, state, base: b[field], mine: m[field], theirs: t[field] } as FieldConflict;
  });
}

/** Each side's own changes are kept; where both changed a field, the user's version unless they choose. */
export function defaultChoices(fields: readonly FieldConflict[]): Record<MergeField, Choice> {
  const choices = { tag: "theirs", labels: "theirs", note: "theirs" } as Record<MergeField, Choice>;
  for (const f of fields) if (f.state === "mine" || f.state === "both") choices[f.field] = "mine";
  return choices;
}

/** Labels may be merged by taking both sides' (theirs first, then those only mine has). */
export const canTakeBoth = (f: FieldConflict): boolean => f.field === "labels" && f.state === "both";

/**
 * The update to send on top of their version, or null when the result is their version as it stands.
 * A tag taken from mine carries its kind, so that attributes always match the kind they are sent with.
 */
export function mergedChanges(fields: readonly FieldConflict[], choices: Record<MergeField, Choice>): AnnotationChanges | null {
  const changes: AnnotationChanges = {};
  for (const f of fields) {
    const choice = choices[f.field];
    if (choice === "theirs" || sameValue(f.field, f.mine, f.theirs)) continue;
    if (f.field === "tag") {
      const tag = f.mine as FieldValues["tag"];
      if (tag.kind !== (f.theirs as FieldValues["tag"]).kind) changes.kind = tag.kind;
      changes.attributes = tag.attributes;
    } else if (f.field === "labels") {
      const theirs = f.theirs as string[];
      const mine = f.mine as string[];
      const merged = choice === "both" ? [...theirs, ...mine.filter((l) => !theirs.includes(l))] : mine;
      if (!sameValue("labels", merged, theirs)) changes.labels = merged;
    } else {
      const note = f.mine as FieldValues["note"];
      changes.note = note.doc !== null ? (note.doc as AnnotationChanges["note"]) : note.text;
    }
  }
  return Object.keys(changes).length === 0 ? null : changes;
}
