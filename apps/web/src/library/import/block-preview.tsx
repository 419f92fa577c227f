import type { ImportEdit } from "@verbatim/contract";
import { useState, type KeyboardEvent } from "react";
import { IMPORT_SHORTCUTS } from "../../keyboard/shortcuts.ts";
import { ShortcutLegend } from "../../keyboard/shortcut-legend.tsx";
import { ariaKeys, matchesShortcut, withKeys } from "../../keyboard/shortcut-keys.ts";
import type { ImportPreview } from "../../queries/use-import-preview.ts";
import { DroppedLines } from "./dropped-lines.tsx";
import { BlockLine } from "./preview-lines.tsx";
import { SourceSummary } from "./source-summary.tsx";

/** Enough blocks to judge the import; the rest wait behind "Show all", since a long statement would swamp the dialog. */
export const PREVIEW_BLOCKS = 30;

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** "12 more paragraphs", or "14 more (12 paragraphs, 2 headings)" when headings are among them. */
export function moreText(paragraphs: number, headings: number): string {
  if (headings === 0) return plural(paragraphs, "more paragraph", "more paragraphs");
  if (paragraphs === 0) return plural(headings, "more heading", "more headings");
  return `${paragraphs + headings} more (${plural(paragraphs, "paragraph", "paragraphs")}, ${plural(headings, "heading", "headings")})`;
}

interface BlockPreviewProps {
  preview: ImportPreview;
  headingId: string;
  /** How many edits the preview shows; Undo takes back the last. */
  edits: number;
  busy: boolean;
  error: string | null;
  onEdit: (edit: ImportEdit) => void;
  onUndo: () => void;
}

/**
 * What the import will create, as the reader will show it, and every line of it correctable: each edit goes to the
 * server, whose new preview replaces this one, so what is shown is exactly what is imported.
 */
export function BlockPreview({ preview, headingId, edits, busy, error, onEdit, onUndo }: BlockPreviewProps) {
  const [all, setAll] = useState(false);
  const blocks = preview.paragraphs;
  const shown = all ? blocks : blocks.slice(0, PREVIEW_BLOCKS);
  const rest = blocks.slice(shown.length);
  const paragraphs = blocks.filter((b) => b.kind === "paragraph").length;
  const headings = blocks.length - paragraphs;
  const moreParagraphs = rest.filter((b) => b.kind === "paragraph").length;
  const actions = { busy, onEdit, onUndo };

  // Ctrl+Z anywhere in the preview (a line handles its own keys first).
  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    if (event.defaultPrevented || !matchesShortcut(IMPORT_SHORTCUTS.undo, event)) return;
    event.preventDefault();
    if (!busy && edits > 0) onUndo();
  }

  return (
    <section className="block-preview editable-preview" aria-labelledby={headingId} aria-busy={busy || undefined} onKeyDown={onKeyDown}>
      <div className="preview-head">
        <h3 id={headingId}>Preview</h3>
        <button
          type="button"
          className="button button-secondary button-small"
          onClick={onUndo}
          disabled={busy || edits === 0}
          aria-keyshortcuts={ariaKeys(IMPORT_SHORTCUTS.undo)}
          title={withKeys("Undo the last change", IMPORT_SHORTCUTS.undo)}
        >
          Undo{edits > 0 ? ` (${edits})` : ""}
        </button>
      </div>
      <SourceSummary preview={preview} />
      <p className="import-note">
        {paragraphs === 0
          ? "No paragraphs were found in this text."
          : `The import will create ${plural(paragraphs, "paragraph", "paragraphs")}${headings ? ` and ${plural(headings, "heading", "headings")}` : ""}.`}
      </p>
      <p className="import-note preview-keys">
        Wrong? Focus a line and press <kbd>T</kbd> title, <kbd>S</kbd> speaker, <kbd>G</kbd> delegation, <kbd>D</kbd> date, <kbd>F</kbd>{" "}
        forum, <kbd>X</kbd> drop, <kbd>M</kbd> merge, <kbd>Enter</kbd> split at the caret, or use the line’s ⋯ menu.
      </p>
      {/* The shortcuts sheet (?) is behind the dialog, so its entries for the preview are here too. */}
      <details className="preview-legend">
        <summary>All keys</summary>
        <ShortcutLegend shortcuts={Object.values(IMPORT_SHORTCUTS)} />
      </details>
      {error && (
        <p className="alert" role="alert">
          {error}
        </p>
      )}
      <p className="import-note preview-status" role="status">
        {busy ? "Updating the preview…" : ""}
      </p>
      <ol className="preview-blocks" aria-label="Paragraphs and headings">
        {shown.map((block, i) => (
          // By position, not id: an edit renumbers the blocks, and the focused line should stay where it is.
          <BlockLine key={i} block={block} index={i} isLast={i === blocks.length - 1} {...actions} />
        ))}
      </ol>
      {rest.length > 0 && (
        <p className="import-note preview-more">
          …and {moreText(moreParagraphs, rest.length - moreParagraphs)}.{" "}
          <button type="button" className="link-button" onClick={() => setAll(true)}>
            Show all {blocks.length}
          </button>
        </p>
      )}
      <h4 className="dropped-heading">Dropped lines</h4>
      <DroppedLines dropped={preview.dropped} {...actions} />
    </section>
  );
}
