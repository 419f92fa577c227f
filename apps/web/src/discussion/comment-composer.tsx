import type { CommentDoc } from "@verbatim/contract";
import Mention from "@tiptap/extension-mention";
import { EditorContent, useEditor } from "@tiptap/react";
import { useEffect, useId, useState } from "react";
import { noteExtensions } from "../annotations/note-extensions.ts";
import { useSession } from "../components/session-context.ts";
import { ariaKeys, READER_SHORTCUTS, withKeys } from "../keyboard/index.ts";
import { useMembers } from "../team/use-members.ts";
import { bodyFromEditor } from "./editor-body.ts";
import { createComposerBridge } from "./composer-bridge.ts";
import { matchMembers } from "./match-members.ts";
import { MentionList } from "./mention-list.tsx";
import { type MentionMenu, mentionSuggestion } from "./mention-suggestion.ts";

interface CommentComposerProps {
  /** The editor's accessible name: "Comment", "Reply to Ana", "Edit comment". */
  label: string;
  submitLabel: string;
  initial?: CommentDoc | null;
  pending: boolean;
  error: string | null;
  /** Resolves true once saved: the editor then empties. */
  onSubmit: (body: CommentDoc) => Promise<boolean>;
  onCancel?: () => void;
  autoFocus?: boolean;
}

/**
 * A small Tiptap editor for a comment: the note editor's formatting plus @mentions of members, suggested in a
 * listbox (arrows, Enter, Escape). Ctrl/Cmd+Enter sends; Escape cancels a reply or an edit.
 */
export function CommentComposer(props: CommentComposerProps) {
  const { label, submitLabel, initial, pending, error, onCancel, autoFocus } = props;
  const me = useSession();
  const members = useMembers();
  const labelId = useId();
  const listId = useId();
  const optionId = (index: number) => `${listId}-option-${index}`;
  const [menu, setMenu] = useState<MentionMenu | null>(null);
  const [empty, setEmpty] = useState(!initial);
  const [bridge] = useState(createComposerBridge);

  const editor = useEditor({
    extensions: [
      ...noteExtensions,
      Mention.configure({
        HTMLAttributes: { class: "mention" },
        suggestion: mentionSuggestion({ candidates: (q) => bridge.get().candidates(q), onChange: setMenu }),
      }),
    ],
    content: initial ?? "",
    autofocus: autoFocus ? "end" : false,
    editorProps: {
      attributes: {
        role: "textbox",
        "aria-multiline": "true",
        "aria-labelledby": labelId,
        class: "note-editor-content comment-editor-content",
      },
      handleKeyDown: (_view, e) => {
        if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
          bridge.get().submit();
          return true;
        }
        if (e.key === "Escape" && !bridge.get().menuOpen && bridge.get().cancel) {
          bridge.get().cancel?.();
          return true;
        }
        return false;
      },
    },
    onUpdate: ({ editor: e }) => setEmpty(bodyFromEditor(e.getJSON()) === null),
  });

  const submit = () => {
    if (!editor || pending) return;
    const body = bodyFromEditor(editor.getJSON());
    if (!body) return;
    void props.onSubmit(body).then((saved) => {
      if (saved && !editor.isDestroyed) editor.commands.clearContent(true);
    });
  };
  const memberList = members.data?.items;
  useEffect(() => {
    bridge.update({
      candidates: (q) => matchMembers(memberList ?? [], q, me.user.id),
      submit,
      cancel: onCancel,
      menuOpen: menu !== null,
    });
  });

  // The editor keeps focus while the list is open; the active option is announced through it.
  useEffect(() => {
    const dom = editor?.view.dom;
    if (!dom) return;
    if (menu) {
      dom.setAttribute("aria-controls", listId);
      dom.setAttribute("aria-activedescendant", optionId(menu.active));
    } else {
      dom.removeAttribute("aria-controls");
      dom.removeAttribute("aria-activedescendant");
    }
  });

  return (
    <div className="comment-composer">
      <span id={labelId} className="visually-hidden">
        {label}
      </span>
      <div className="note-editor comment-editor">
        <EditorContent editor={editor} />
        {menu && <MentionList id={listId} menu={menu} optionId={optionId} />}
      </div>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <div className="comment-composer-actions">
        <span className="comment-composer-hint">Type @ to mention someone · Ctrl+Enter to send</span>
        {onCancel && (
          <button type="button" className="button button-quiet" onClick={onCancel}>
            Cancel
          </button>
        )}
        <button
          type="button"
          className="button button-primary"
          disabled={pending || empty}
          onClick={submit}
          aria-keyshortcuts={ariaKeys(READER_SHORTCUTS.sendComment)}
          title={withKeys(submitLabel, READER_SHORTCUTS.sendComment)}
        >
          {pending ? "Sending…" : submitLabel}
        </button>
      </div>
    </div>
  );
}
