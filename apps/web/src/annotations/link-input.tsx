import type { Editor } from "@tiptap/react";
import { type KeyboardEvent, useId, useState } from "react";
import { normaliseLink } from "./note-extensions.ts";

/** Sets, changes or removes the link on the note's selection; Enter applies, Escape closes. */
export function LinkInput({ editor, onDone }: { editor: Editor; onDone: () => void }) {
  const id = useId();
  const [href, setHref] = useState(() => String(editor.getAttributes("link").href ?? ""));
  const [error, setError] = useState(false);

  const apply = () => {
    const url = normaliseLink(href);
    if (!url) return setError(true);
    const chain = editor.chain().focus().extendMarkRange("link");
    if (editor.state.selection.empty && !editor.isActive("link")) {
      chain.insertContent({ type: "text", text: url, marks: [{ type: "link", attrs: { href: url } }] }).run();
    } else {
      chain.setLink({ href: url }).run();
    }
    onDone();
  };
  const remove = () => {
    editor.chain().focus().extendMarkRange("link").unsetLink().run();
    onDone();
  };
  // Enter and Escape belong to this little form, not to the tagging form around it.
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "Enter" && !e.ctrlKey && !e.metaKey) {
      e.preventDefault();
      e.stopPropagation();
      apply();
    } else if (e.key === "Escape") {
      e.preventDefault();
      e.stopPropagation();
      editor.commands.focus();
      onDone();
    }
  };

  return (
    <div className="link-input">
      <label htmlFor={id}>Link address</label>
      <input
        id={id}
        type="text"
        inputMode="url"
        autoFocus
        value={href}
        placeholder="https://…"
        onChange={(e) => {
          setHref(e.target.value);
          setError(false);
        }}
        onKeyDown={onKeyDown}
        aria-invalid={error || undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      />
      <button type="button" className="button button-quiet" onClick={apply}>
        Apply link
      </button>
      {editor.isActive("link") && (
        <button type="button" className="button button-quiet" onClick={remove}>
          Remove link
        </button>
      )}
      {error && (
        <p className="field-error" id={`${id}-error`}>
          Enter a web address (https://…) or an email address.
        </p>
      )}
    </div>
  );
}
