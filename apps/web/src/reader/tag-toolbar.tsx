import { useRef, type KeyboardEvent } from "react";
import { ariaKeys, withKeys } from "../keyboard/index.ts";
import { TAG_KINDS, tagKindFor, type TagKind } from "./tag-kinds.ts";
import { usePopoverPlacement } from "./use-popover-placement.ts";
import type { SelectionGeometry } from "./view-geometry.ts";

interface TagToolbarProps {
  /** Where the selection is; the toolbar goes beside the text at its height, or under it, in the text's box. */
  geometry: SelectionGeometry;
  onChoose(kind: TagKind): void;
  onEscape(): void;
}

/**
 * The floating toolbar beside a selection: Position (1), Commitment (2), Cross-reference (3). Clicking it keeps
 * the selection (mousedown does not take focus); keyboard users press the digit in the text, or Tab here and
 * move between the buttons with the arrow keys.
 */
export function TagToolbar({ geometry, onChoose, onEscape }: TagToolbarProps) {
  const ref = useRef<HTMLDivElement>(null);
  const { lines, box } = geometry;
  usePopoverPlacement(ref, { words: lines, column: box }, box, true);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const buttons = [...(ref.current?.querySelectorAll("button") ?? [])];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const step = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
    const chosen = tagKindFor(event);
    if (step !== 0) buttons[(at + step + buttons.length) % buttons.length]?.focus();
    else if (event.key === "Home") buttons[0]?.focus();
    else if (event.key === "End") buttons[buttons.length - 1]?.focus();
    else if (event.key === "Escape") onEscape();
    else if (chosen) onChoose(chosen);
    else return;
    event.preventDefault();
  };

  return (
    <div
      ref={ref}
      role="toolbar"
      aria-label="Tag selection"
      className="tag-toolbar"
      onMouseDown={(event) => event.preventDefault()}
      onKeyDown={onKeyDown}
    >
      {TAG_KINDS.map((tag, i) => (
        <button
          key={tag.kind}
          type="button"
          className={`tag-button tag-${tag.kind}`}
          aria-label={tag.label}
          aria-keyshortcuts={ariaKeys(tag.shortcut)}
          tabIndex={i === 0 ? 0 : -1}
          title={withKeys(`Tag as ${tag.label.toLowerCase()}`, tag.shortcut)}
          onClick={() => onChoose(tag)}
        >
          <span className="kind-swatch" aria-hidden="true" />
          {tag.label}
          <kbd aria-hidden="true">{tag.key}</kbd>
        </button>
      ))}
    </div>
  );
}
