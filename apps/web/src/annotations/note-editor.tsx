import type { JSONContent } from "@tiptap/core";
import { EditorContent, useEditor } from "@tiptap/react";
import { noteExtensions } from "./note-extensions.ts";
import { NoteToolbar } from "./note-toolbar.tsx";

interface NoteEditorProps {
  /** The element whose text names the editor ("Note"). */
  labelId: string;
  describedBy?: string | undefined;
  initial: JSONContent | null;
  /** The document after each change, or null once it is empty again. */
  onChange: (doc: JSONContent | null) => void;
}

/** A small rich-text editor for the annotation's note. Enter makes a new paragraph here; Ctrl/Cmd+Enter saves the form. */
export function NoteEditor({ labelId, describedBy, initial, onChange }: NoteEditorProps) {
  const editor = useEditor({
    extensions: noteExtensions,
    content: initial ?? "",
    editorProps: {
      attributes: {
        role: "textbox",
        "aria-multiline": "true",
        "aria-labelledby": labelId,
        ...(describedBy ? { "aria-describedby": describedBy } : {}),
        class: "note-editor-content",
      },
    },
    onUpdate: ({ editor: e }) => onChange(e.isEmpty ? null : e.getJSON()),
  });
  return (
    <div className="note-editor">
      <NoteToolbar editor={editor} />
      <EditorContent editor={editor} />
    </div>
  );
}
