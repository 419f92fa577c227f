import { type Annotation, TiptapDoc } from "@verbatim/contract";
import { renderRichText } from "../lib/rich-text.tsx";

/** An annotation's note: its rich document rendered as React elements (never as HTML), else its plain text. */
export function NoteView({ annotation }: { annotation: Pick<Annotation, "note" | "noteDoc"> }) {
  if (annotation.noteDoc) {
    const doc = TiptapDoc.safeParse(annotation.noteDoc);
    if (doc.success) return <div className="annotation-note">{renderRichText(doc.data)}</div>;
  }
  if (!annotation.note) return null;
  return <p className="annotation-note annotation-note-plain">{annotation.note}</p>;
}
