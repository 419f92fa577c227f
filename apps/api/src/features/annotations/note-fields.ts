import { noteToPlainText, type RichNode } from "@verbatim/core";

/** A note arrives as plain text or a Tiptap document; both forms are stored. */
export function noteFields(note: string | object | null | undefined): { noteText: string | null; noteRich: object | null } | undefined {
  if (note === undefined) return undefined;
  if (note === null) return { noteText: null, noteRich: null };
  if (typeof note === "string") return { noteText: note.trim() === "" ? null : note, noteRich: null };
  const text = noteToPlainText(note as RichNode);
  return { noteText: text === "" ? null : text, noteRich: note };
}
