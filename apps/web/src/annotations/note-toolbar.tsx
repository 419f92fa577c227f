import { type Editor, useEditorState } from "@tiptap/react";
import { type KeyboardEvent, type ReactNode, useState } from "react";
import { ariaKeys, READER_SHORTCUTS, type Shortcut, withKeys } from "../keyboard/index.ts";
import { LinkInput } from "./link-input.tsx";

interface ToolProps {
  label: string;
  symbol: ReactNode;
  active: boolean;
  onClick: () => void;
  shortcut?: Shortcut;
  tabbable: boolean;
}

function Tool({ label, symbol, active, onClick, shortcut, tabbable }: ToolProps) {
  return (
    <button
      type="button"
      className="note-tool"
      aria-label={label}
      aria-pressed={active}
      aria-keyshortcuts={shortcut && ariaKeys(shortcut)}
      title={shortcut ? withKeys(label, shortcut) : label}
      tabIndex={tabbable ? 0 : -1}
      onMouseDown={(e) => e.preventDefault()}
      onClick={onClick}
    >
      <span aria-hidden="true">{symbol}</span>
    </button>
  );
}

const LINK_ICON = (
  <svg
    width="16"
    height="16"
    viewBox="0 0 24 24"
    fill="none"
    stroke="currentColor"
    strokeWidth="2.2"
    strokeLinecap="round"
    strokeLinejoin="round"
  >
    <path d="M10 13a5 5 0 0 0 7.07 0l3-3a5 5 0 0 0-7.07-7.07l-1.5 1.5" />
    <path d="M14 11a5 5 0 0 0-7.07 0l-3 3a5 5 0 0 0 7.07 7.07l1.5-1.5" />
  </svg>
);

const MOVES: Record<string, (i: number, n: number) => number> = {
  ArrowRight: (i, n) => (i + 1) % n,
  ArrowLeft: (i, n) => (i - 1 + n) % n,
  Home: () => 0,
  End: (_i, n) => n - 1,
};

/**
 * Formatting buttons for the note; each names itself and shows whether it is on. One Tab stop for the whole
 * toolbar, arrow keys between its buttons (WAI-ARIA toolbar pattern).
 */
export function NoteToolbar({ editor }: { editor: Editor }) {
  const [linking, setLinking] = useState(false);
  const [current, setCurrent] = useState(0);
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive("bold"),
      italic: e.isActive("italic"),
      bulletList: e.isActive("bulletList"),
      orderedList: e.isActive("orderedList"),
      link: e.isActive("link"),
    }),
  });
  const run = () => editor.chain().focus();
  const tools: Omit<ToolProps, "tabbable">[] = [
    { label: "Bold", symbol: <b>B</b>, shortcut: READER_SHORTCUTS.bold, active: state.bold, onClick: () => run().toggleBold().run() },
    {
      label: "Italic",
      symbol: <i>I</i>,
      shortcut: READER_SHORTCUTS.italic,
      active: state.italic,
      onClick: () => run().toggleItalic().run(),
    },
    { label: "Bulleted list", symbol: "•", active: state.bulletList, onClick: () => run().toggleBulletList().run() },
    { label: "Numbered list", symbol: "1.", active: state.orderedList, onClick: () => run().toggleOrderedList().run() },
    { label: "Link", symbol: LINK_ICON, active: state.link || linking, onClick: () => setLinking(!linking) },
  ];
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const move = MOVES[e.key];
    if (!move) return;
    e.preventDefault();
    const next = move(current, tools.length);
    setCurrent(next);
    e.currentTarget.querySelectorAll("button")[next]?.focus();
  };
  return (
    <div className="note-toolbar-wrap">
      <div role="toolbar" aria-label="Formatting" className="note-toolbar" onKeyDown={onKeyDown}>
        {tools.map((tool, i) => (
          <Tool key={tool.label} {...tool} tabbable={i === current} />
        ))}
      </div>
      {linking && <LinkInput editor={editor} onDone={() => setLinking(false)} />}
    </div>
  );
}
