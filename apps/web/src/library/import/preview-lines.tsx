import type { ImportEdit } from "@verbatim/contract";
import { useRef, type KeyboardEvent } from "react";
import type { ImportPreview } from "../../queries/use-import-preview.ts";
import { LineMenu, type LineMenuItem } from "./line-menu.tsx";
import { editFor, lineCommand, ROLE_COMMANDS, type LineCommand } from "./line-keys.ts";

export type PreviewBlock = ImportPreview["paragraphs"][number];
export type PreviewDropped = ImportPreview["dropped"][number];

interface LineActions {
  /** An edit's new preview is on its way: the next edit waits for it, since it names lines of that preview. */
  busy: boolean;
  onEdit: (edit: ImportEdit) => void;
  onUndo: () => void;
}

/** Alt+↓ / Alt+↑: the next or previous line of the preview, blocks and dropped lines alike. */
function moveFocus(from: HTMLElement, by: 1 | -1) {
  const lines = [...(from.closest(".editable-preview")?.querySelectorAll<HTMLElement>("[data-line]") ?? [])];
  lines[lines.indexOf(from) + by]?.focus();
}

function run(command: LineCommand, target: HTMLElement, edit: ImportEdit | null, actions: LineActions) {
  if (command.kind === "move") return moveFocus(target, command.by);
  if (actions.busy) return;
  if (command.kind === "undo") return actions.onUndo();
  if (edit) actions.onEdit(edit);
}

const KEYS_HINT = "T S G D F P H X M Enter / Control+Z Alt+ArrowDown Alt+ArrowUp";

function roleItems(line: "block" | "dropped", index: number, actions: LineActions): LineMenuItem[] {
  return ROLE_COMMANDS.filter((role) => line === "block" || role.as !== "drop").map((role) => ({
    label: line === "dropped" && role.as === "paragraph" ? "Keep as a paragraph" : `Mark as ${role.label.toLowerCase()}`,
    shortcut: role.shortcut,
    onSelect: () => {
      const edit = editFor({ kind: "mark", as: role.as }, line, index, null);
      if (edit) actions.onEdit(edit);
    },
  }));
}

/**
 * A paragraph or heading the import will create, as a line to correct: focus it and press a key (or use its menu) to
 * mark it as a header line, drop it, merge it with the next, or split it at the caret. A paragraph's text is a
 * read-only text area, so the caret can be put where it splits with the keyboard as well as the mouse.
 */
export function BlockLine({ block, index, isLast, ...actions }: { block: PreviewBlock; index: number; isLast: boolean } & LineActions) {
  const caret = useRef<number | null>(null);
  // Named by position, never by its words: a line's text would clash with the labels of the form beside it.
  const name = block.kind === "heading" ? `heading (line ${index + 1})` : `¶${block.number ?? index + 1}`;
  const remember = (area: HTMLTextAreaElement) => {
    caret.current = area.selectionStart;
  };

  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    const command = lineCommand(event, "block");
    if (!command) return;
    event.preventDefault();
    const target = event.currentTarget;
    if (target instanceof HTMLTextAreaElement) remember(target);
    run(command, target, editFor(command, "block", index, caret.current), actions);
  }

  const items: LineMenuItem[] = [
    ...roleItems("block", index, actions),
    { label: "Merge with the next", shortcut: "merge", disabled: isLast, onSelect: () => actions.onEdit({ op: "merge", block: index }) },
    {
      label: "Split at the caret",
      shortcut: "split",
      disabled: block.kind === "heading",
      onSelect: () => {
        const edit = editFor({ kind: "split" }, "block", index, caret.current);
        if (edit) actions.onEdit(edit);
      },
    },
  ];
  const lineProps = {
    "data-line": `block-${index}`,
    onKeyDown,
    "aria-keyshortcuts": KEYS_HINT,
  };

  return (
    <li className={block.kind === "heading" ? "preview-heading preview-line" : "preview-paragraph preview-line"}>
      <span className="preview-number">{block.kind === "heading" ? "H" : `¶${block.number ?? ""}`}</span>
      {block.kind === "heading" ? (
        <h4 tabIndex={0} {...lineProps}>
          {block.text}
        </h4>
      ) : (
        <textarea
          className="preview-text"
          readOnly
          value={block.text}
          aria-label={`${name}${block.page ? `, page ${block.page}` : ""}`}
          rows={Math.min(6, Math.max(1, Math.ceil(block.text.length / 64)))}
          onSelect={(e) => remember(e.currentTarget)}
          onClick={(e) => remember(e.currentTarget)}
          spellCheck={false}
          {...lineProps}
        />
      )}
      <span className="preview-id">{block.id}</span>
      <LineMenu label={`Change ${name}`} items={items} disabled={actions.busy} />
    </li>
  );
}

/** A line the import leaves out, with why; focus it and press a key (or use its menu) to bring it back in a role. */
export function DroppedLine({ line, index, reason, ...actions }: { line: PreviewDropped; index: number; reason: string } & LineActions) {
  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    const command = lineCommand(event, "dropped");
    if (!command) return;
    event.preventDefault();
    run(command, event.currentTarget, editFor(command, "dropped", index, null), actions);
  }
  return (
    <li className="dropped-line">
      <span className="dropped-reason">
        {reason}
        {line.page ? ` · p. ${line.page}` : ""}
      </span>
      <span className="dropped-text" tabIndex={0} data-line={`dropped-${index}`} onKeyDown={onKeyDown} aria-keyshortcuts={KEYS_HINT}>
        {line.text}
      </span>
      <LineMenu label={`Change dropped line ${index + 1}`} items={roleItems("dropped", index, actions)} disabled={actions.busy} />
    </li>
  );
}
