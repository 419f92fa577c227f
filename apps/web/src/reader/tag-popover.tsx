import { useLayoutEffect, useRef, useState, type ReactNode } from "react";
import { placePopover, scrollClearOfSheet, type WordsAnchor } from "./popover-placement.ts";

interface TagPopoverProps {
  label: string;
  /** The selection's lines and the text column when tagging began; null places the popover at the top of the text. */
  anchor: WordsAnchor | null;
  children: ReactNode;
}

const WIDTH = 400;
const MIN_WIDTH = 300;
/** Where the form becomes a sheet along the bottom of the window (as wide as reader.css's phone layout). */
const SHEET_QUERY = "(max-width: 40rem)";
const TOP_OF_TEXT = 72;

type Position = { sheet: true } | { sheet: false; top: number; left: number; width: number };

/** Beside the selection (or under it) in page coordinates, or a sheet on a phone. */
function place(anchor: WordsAnchor | null, height: number): Position {
  if (window.matchMedia?.(SHEET_QUERY).matches) return { sheet: true };
  const viewport = { width: window.innerWidth, height: window.innerHeight };
  const column = anchor?.column ?? { left: 0, top: TOP_OF_TEXT, right: viewport.width, bottom: TOP_OF_TEXT };
  const placed = placePopover({ words: anchor?.words ?? [], column, viewport, size: { width: WIDTH, height }, minWidth: MIN_WIDTH });
  return { sheet: false, top: placed.top + window.scrollY, left: placed.left + window.scrollX, width: placed.width };
}

/**
 * The tagging form's frame: a non-modal dialog beside the selection, never over it, so the passage stays
 * readable while the attributes are chosen. The form inside takes focus, saves on Enter and cancels on Escape.
 */
export function TagPopover({ label, anchor, children }: TagPopoverProps) {
  const ref = useRef<HTMLDivElement>(null);
  // Placed at once (never hidden: the form focuses its first field as it mounts), then once more when its
  // height is known; not after that, since following layout changes would move the form while typing.
  const [position, setPosition] = useState(() => place(anchor, 0));
  useLayoutEffect(() => {
    const height = ref.current?.offsetHeight ?? 0;
    const next = place(anchor, height);
    setPosition(next);
    // A sheet covers the bottom of the window: bring the selection up above it.
    if (next.sheet && anchor) window.scrollBy?.(0, scrollClearOfSheet(anchor.words, window.innerHeight, height));
  }, [anchor]);
  // Where the window has no room for the whole form, scroll just enough to show it, and again as it grows
  // (chips, a longer note), so its buttons stay in view. A sheet is always in view.
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || position.sheet) return undefined;
    const show = () => {
      element.scrollIntoView?.({ block: "nearest" });
    };
    show();
    if (typeof ResizeObserver === "undefined") return undefined;
    const observer = new ResizeObserver(show);
    observer.observe(element);
    return () => observer.disconnect();
  }, [position]);
  return (
    <div
      ref={ref}
      role="dialog"
      aria-label={label}
      className={position.sheet ? "tag-popover is-sheet" : "tag-popover"}
      style={position.sheet ? undefined : { top: position.top, left: position.left, width: position.width }}
    >
      {children}
    </div>
  );
}
